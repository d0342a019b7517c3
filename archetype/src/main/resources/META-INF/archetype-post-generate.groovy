// The archetype copies files without their permissions: make the Maven wrapper runnable again (./mvnw).
def project = new File(request.outputDirectory, request.artifactId)
new File(project, 'mvnw').setExecutable(true, false)
