// Mistakes between files: each reported with file and line, and as a GitHub Actions annotation.
def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] src/tracker/') }
assert errors == [
    '[ERROR] src/tracker/2024/a1.md:2:5: error: `A1` was removed in the 2023 review (outcome `Removed`), so it cannot appear again in 2024; give a new recommendation a new id',
    '[ERROR] src/tracker/2024/a2-copy.md:2:5: error: the id `A2` is also used by src/tracker/2024/a2.md in this review; each recommendation has one file per review',
    '[ERROR] src/tracker/2024/a2.md:2:5: error: the id `A2` is also used by src/tracker/2024/a2-copy.md in this review; each recommendation has one file per review',
    '[ERROR] src/tracker/2024/a2.md:9:28: error: the link to `a9.md` leads to no content file; check the file name and folder',
] : errors.join('\n')
assert log.contains('::error file=src/tracker/2024/a1.md,line=2,col=5::`A1` was removed in the 2023 review')
assert log.contains('4 errors, 0 warnings in 3 files')
return true
