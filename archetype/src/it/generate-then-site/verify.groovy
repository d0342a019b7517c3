// The generated repository is complete, and both plain Maven and its own wrapper build its sample tracker.
import java.util.concurrent.TimeUnit
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
// Invocation 1: help -Ddetail outside any project describes the goals and their trackdown.* properties.
assert log.contains('trackdown:new-review') && log.contains('User property: trackdown.year') : log

def project = new File(basedir, 'sample-tracker')
['pom.xml', 'README.md', 'mvnw', 'mvnw.cmd', '.gitignore', '.mvn/jvm.config', '.mvn/wrapper/maven-wrapper.properties',
 '.github/workflows/pages.yml', 'src/tracker/tracker.yml',
 'src/tracker/2024/review.md', 'src/tracker/2025/review.md'].each {
    assert new File(project, it).isFile() : "the generated repository has ${it}"
}
assert !new File(project, '__gitignore__').exists()
assert new File(project, 'mvnw').canExecute() : 'mvnw is executable'

def pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(project, 'pom.xml')).documentElement
def text = { String name -> pom.getElementsByTagName(name).item(0).textContent.trim() }
assert text('groupId') == 'org.example.inspectorate'
assert text('artifactId') == 'sample-tracker'
assert text('packaging') == 'tracker'
def plugins = pom.getElementsByTagName('plugin')
assert plugins.length == 1 : 'the pom declares only the Trackdown plugin'
assert plugins.item(0).getElementsByTagName('artifactId').item(0).textContent == 'trackdown-maven-plugin'
assert plugins.item(0).getElementsByTagName('version').item(0).textContent == trackdownVersion
assert new File(project, '.mvn/wrapper/maven-wrapper.properties').text.contains('apache-maven-3.9.11-bin.zip')
def workflow = new File(project, '.github/workflows/pages.yml').text
assert workflow.contains('actions/deploy-pages@') && workflow.contains('pull_request')
assert workflow.contains('${{ github.event_name') : 'the workflow keeps its GitHub expressions'

// The build of invocation 2 (`mvn verify site`): the sample tracker, and nothing of Maven's site plugin.
def onlyTheTracker = { File site ->
    assert new File(site, 'index.html').isFile()
    assert new File(site, 'recommendations/r2.html').isFile()
    def written = new File(site, '.trackdown-manifest').readLines().findAll { it }.toSet()
    def others = []
    site.eachFileRecurse(groovy.io.FileType.FILES) {
        def path = site.toPath().relativize(it.toPath()).toString().replace('\\', '/')
        if (path != '.trackdown-manifest' && !written.contains(path)) others << path
    }
    assert others.isEmpty() : "${site} holds files Trackdown did not write: ${others}"
}
assert log.contains('Trackdown: the content is correct: 3 recommendations in 2 reviews') : log
onlyTheTracker(new File(project, 'target/site'))

// `./mvnw -B site`, with the test's own local repository and settings, from a removed target/.
new File(project, 'target').deleteDir()
def settingsFile = new File(basedir, 'wrapper-settings.xml')
settingsFile.text = new File(settingsTemplate).text
        .replace('@localRepositoryUrl@', new File(outerLocalRepository).toURI().toString())
def command = ['./mvnw', '-B', '-s', settingsFile.path, "-Dmaven.repo.local=${localRepository}".toString(), 'site']
def process = new ProcessBuilder(command).directory(project).redirectErrorStream(true)
        .redirectOutput(new File(project, 'mvnw.log')).start()
assert process.waitFor(300, TimeUnit.SECONDS) : './mvnw site finished within 5 minutes'
def wrapperLog = new File(project, 'mvnw.log').text
assert process.exitValue() == 0 : wrapperLog
assert wrapperLog.contains('Trackdown: wrote ') : wrapperLog
onlyTheTracker(new File(project, 'target/site'))
return true
