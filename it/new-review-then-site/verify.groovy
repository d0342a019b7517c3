// new-review carried the open recommendation A1 into 2025 (A2 was removed in 2024) and marked the new review a
// draft; new added A3 to that draft review. The site built in the same run leaves the unedited draft out, with a note.
def content = new File(basedir, 'src/tracker/2025')
assert content.list().sort() == ['a1.md', 'a3.md', 'review.md']
def a1 = new File(content, 'a1.md').text
assert a1.contains('\nid: A1\ntitle: data skills\ntheme: Skills\nstatus: Not yet assessed\noutcome: Retained\n') : a1
def a3 = new File(content, 'a3.md').text
assert a3.contains('\ntitle: Data for local government\n') : a3
assert a3.contains('\nowners:\n  - Cabinet Office\n  - Office for National Statistics\n') : a3
assert new File(content, 'review.md').text.contains('\ndraft: true\n')

def site = new File(basedir, 'target/site')
assert new File(site, 'reviews/2024.html').isFile()
assert !new File(site, 'reviews/2025.html').exists() : 'an unedited new review is not published'
assert !new File(site, 'recommendations/a3.html').exists() : 'A3 is only in the draft review'

def log = new File(basedir, 'build.log').text
assert log =~ /Trackdown: created 2025\/ with review.md and 1 recommendation carried forward in \d+ ms/
assert log.contains('Trackdown: each recommendation has status `Not yet assessed` and outcome `Retained`')
assert log =~ /Trackdown: created 2025\/a3.md in \d+ ms/
assert log.contains('Trackdown: it has status `Not yet assessed` and outcome `New`')
assert log.contains('[INFO] src/tracker/2025/review.md:5:8: note: the 2025 review is a draft (`draft: true`)') : log
assert log.contains('Trackdown: the content is correct: 2 recommendations in 2 reviews')
return true
