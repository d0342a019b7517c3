// Chooses a free port for the preview and starts the driver, a separate Java program, beside the build.
def port = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dtrackdown.port=${port}\n"
new File(basedir, 'target').mkdirs()

def java = new File(System.getProperty('java.home'), 'bin/java').path
new ProcessBuilder(java, 'ServeDriver.java', "${port}", basedir.absolutePath)
        .directory(basedir)
        .redirectErrorStream(true)
        .redirectOutput(new File(basedir, 'target/driver.log'))
        .start()
return true
