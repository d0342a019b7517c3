// The failed second build left the first build's site byte-identical: it equals a fresh build of the same content.
def site = new File(basedir, 'target/site')
def again = new File(basedir, 'target/site-again')
def files = { File root ->
    def found = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) { found[root.toPath().relativize(it.toPath()).toString()] = it.bytes.encodeHex().toString() }
    found
}
def kept = files(site)
assert kept.containsKey('index.html')
assert kept == files(again) : 'the site changed after a failed build'
assert !new File(basedir, 'target/site.trackdown-staging').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('src/broken/2024/a1.md:5:9: error: `Good progess` is not a status of this tracker') : log
return true
