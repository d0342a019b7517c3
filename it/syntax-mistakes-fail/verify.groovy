// Three files with syntax mistakes: all three are reported in one run, in file order, then the summary.
def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] src/tracker/') }
assert errors == [
    '[ERROR] src/tracker/2024/a1.md:3:19: error: this is not valid YAML: a value containing ": " needs quotes around it, such as `title: "Funding: next steps"`',
    '[ERROR] src/tracker/2024/a2.md:8:1: error: this is not valid YAML: a tab is used to indent this line; indent with spaces',
    '[ERROR] src/tracker/2024/a3.md:1:1: error: the file must start with a line `---` that opens the front matter (the settings such as `status:`), closed by another `---` line',
] : errors.join('\n')
assert log.contains('3 errors, 0 warnings in 3 files')
return true
