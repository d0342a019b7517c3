// mvn site wrote the whole site, with the counts of the latest review and one page per recommendation.
def site = new File(basedir, 'target/site')
def home = new File(site, 'index.html').text
def text = home.replaceAll('<[^>]+>', ' ').replaceAll('\\s+', ' ')

assert new File(site, 'recommendations/a1.html').isFile()
assert new File(site, 'recommendations/a2.html').isFile()
assert new File(site, 'reviews/2023.html').isFile()
assert new File(site, 'reviews/2024.html').isFile()
assert new File(site, '.nojekyll').isFile()
assert new File(site, '404.html').isFile()
assert text.contains('1 Good progress (50%)') : text
assert text.contains('1 Closed (50%)') : text
assert home.contains('<th scope="col" data-sort="year">2023</th><th scope="col" data-sort="year">2024</th>')
assert !home.contains('href="/') : 'every link is relative'
// The Maven site plugin's own pages are not there: the site is only Trackdown's.
assert !new File(site, 'project-info.html').exists()

def log = new File(basedir, 'build.log').text
assert log.contains('Trackdown: the content is correct: 2 recommendations in 2 reviews')
assert log.contains('Trackdown: wrote ')
// The build in the site phase used the check of the validate phase instead of reading every file again.
assert log.contains('(the content as checked earlier in this build: no file changed since)') : log
return true
