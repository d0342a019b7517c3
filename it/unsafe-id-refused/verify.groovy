// An id that would climb out of the output folder is refused, and nothing is written anywhere.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/tracker/2024/a1.md:2:5: error: the id `../../../evil` may use only letters, digits, `-` and `_`') : log
assert !new File(basedir, 'target/site').exists()
assert !new File(basedir, 'evil.html').exists()
assert !new File(basedir.parentFile, 'evil.html').exists()
assert !new File(basedir, 'target/evil.html').exists()
return true
