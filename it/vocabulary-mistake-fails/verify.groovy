// A misspelt status fails the build at validate, naming the file, the line and the closest status.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/tracker/2024/a1.md:5:9: error: `Good progres` is not a status of this tracker; did you mean `Good progress`?') : log
assert log.contains('1 error, 0 warnings in 1 file')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/site').exists() : 'nothing is written'
return true
