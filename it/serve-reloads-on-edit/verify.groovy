// The preview served the site on 127.0.0.1 only, refused every path out of it, served the edited status within
// 2 s of the save, and stopped cleanly on SIGTERM (what Ctrl-C sends is SIGINT; both run the same shutdown).
def results = new File(basedir, 'target/serve-results.txt')
assert results.isFile() : new File(basedir, 'target/driver.log').text
def lines = results.readLines()
println lines.join('\n')
assert !lines.any { it.startsWith('driver failed') } : lines
assert lines.contains('stopping=1') : 'the driver stops exactly one Maven, this one'

assert lines.contains('first=Good progress') : lines
def refused = lines.findAll { it.startsWith('refused ') }
assert refused.size() == 7
assert refused.every { it.endsWith('=400') } : refused
assert lines.findAll { it.startsWith('other address ') }.every { it.endsWith('=refused') } : lines
assert lines.contains('after edit=Not met') : lines
def millis = lines.find { it.startsWith('millis=') }.substring(7) as int
assert millis < 2000 : "the new status was served ${millis} ms after the save"

def log = new File(basedir, 'build.log').text
assert log =~ /Trackdown: previewing at http:\/\/127\.0\.0\.1:\d+\/ ; press Ctrl-C to stop/
assert log.contains('Trackdown: built ')
assert log.contains('Trackdown: preview stopped')
assert !new File(basedir, 'target/site').exists() : 'the preview writes nothing'
return true
