// Plain `mvn site`, run by the Maven distribution this invoker execution names (mavenVersion), built the tracker
// and nothing else: none of the Maven site plugin's pages, and the check of the validate phase ran on `mvn verify`.
def log = new File(basedir, 'build.log').text
assert log.contains("Apache Maven ${mavenVersion} ") : "this build ran on Maven ${mavenVersion}"
assert log.contains('Trackdown: the content is correct: 2 recommendations in 2 reviews') : 'verify ran trackdown:check'
assert log.contains('Trackdown: wrote ') : 'site ran trackdown:build'
assert !(log =~ /--- (maven-site-plugin|site):/) : 'the Maven site plugin never ran'

def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'recommendations/a1.html').isFile()
def written = new File(site, '.trackdown-manifest').readLines().findAll { it }.toSet()
def found = []
site.eachFileRecurse(groovy.io.FileType.FILES) { found << site.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
def others = found.findAll { it != '.trackdown-manifest' && !written.contains(it) }
assert others.isEmpty() : "target/site holds files Trackdown did not write: ${others}"
['summary.html', 'plugins.html', 'project-info.html', 'dependency-info.html', 'css/maven-base.css'].each {
    assert !new File(site, it).exists() : it
}
return true
