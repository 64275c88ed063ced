package io.dsv.events.agent.boot;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads the agent, the runtime and their libraries straight from the agent jar, where they sit
 * under {@value #PREFIX}: a folder that is no package, so the application's class loader, which has
 * the agent jar on its class path, cannot load them. Reading them in place spares every JVM start
 * copying ~28 MB to a temporary file, which a JVM killed with {@code SIGKILL} would leave behind.
 */
final class AgentClassLoader extends ClassLoader {
  /** Where the agent's own classes and resources are in the agent jar. */
  static final String PREFIX = "dsv-events/impl/";

  static {
    registerAsParallelCapable();
  }

  private final JarFile jar;
  private final URL base;
  private final ProtectionDomain domain;
  private final String version;

  /**
   * @param agentJar the agent jar
   * @param parent where the JDK's classes come from
   * @throws IOException when the agent jar cannot be opened
   */
  AgentClassLoader(Path agentJar, ClassLoader parent) throws IOException {
    super("dsv-events", parent);
    this.jar = new JarFile(agentJar.toFile(), false);
    URL location = agentJar.toUri().toURL();
    this.base = new URL("jar:" + location + "!/" + PREFIX);
    this.domain = new ProtectionDomain(new CodeSource(location, (Certificate[]) null), null);
    this.version = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
  }

  /**
   * The agent's own classes first: the parent (the JDK's platform loader) has none of them, and
   * asking it first costs a {@code ClassNotFoundException}, stack trace and all, for each of the
   * thousand-odd classes loaded at start. Anything not in the agent jar is the parent's.
   */
  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        JarEntry entry = classEntry(name);
        if (entry == null) {
          return super.loadClass(name, resolve);
        }
        loaded = define(name, entry);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JarEntry entry = classEntry(name);
    if (entry == null) {
      throw new ClassNotFoundException(name);
    }
    return define(name, entry);
  }

  private JarEntry classEntry(String name) {
    return name.startsWith("java.")
        ? null
        : jar.getJarEntry(PREFIX + name.replace('.', '/') + ".class");
  }

  private Class<?> define(String name, JarEntry entry) throws ClassNotFoundException {
    byte[] bytes;
    try {
      bytes = read(entry);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
    definePackageOf(name);
    return defineClass(name, bytes, 0, bytes.length, domain);
  }

  /**
   * Into an array of the entry's size: {@code readAllBytes} grows and copies buffers, which for the
   * thousand-odd classes loaded at start doubles the garbage the agent makes there.
   */
  private byte[] read(JarEntry entry) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      long size = entry.getSize();
      if (size < 0 || size > Integer.MAX_VALUE) {
        return in.readAllBytes();
      }
      byte[] bytes = new byte[(int) size];
      int read = in.readNBytes(bytes, 0, bytes.length);
      if (read != bytes.length) {
        throw new IOException(entry.getName() + ": " + read + " of " + size + " bytes");
      }
      return bytes;
    }
  }

  /** Packages carry the agent's version, as they did in a jar of their own. */
  private void definePackageOf(String className) {
    int dot = className.lastIndexOf('.');
    if (dot < 0) {
      return;
    }
    String name = className.substring(0, dot);
    if (getDefinedPackage(name) == null) {
      try {
        definePackage(name, null, null, null, "dsv-events-agent", version, null, null);
      } catch (IllegalArgumentException definedMeanwhile) {
        // another thread defined it first: the same package
      }
    }
  }

  /**
   * Class files of the agent are read straight from the jar: Byte Buddy reads the advice and the
   * runtime's types this way, and the default path through a {@code jar:} URL costs a connection
   * and a second view of the jar per read. Nothing the parent has is under the agent's relocated
   * names, so answering first changes no lookup's result.
   */
  @Override
  public InputStream getResourceAsStream(String name) {
    if (name.endsWith(".class")) {
      JarEntry entry = jar.getJarEntry(PREFIX + name);
      if (entry != null) {
        try {
          return jar.getInputStream(entry);
        } catch (IOException e) {
          return null;
        }
      }
    }
    return super.getResourceAsStream(name);
  }

  @Override
  protected URL findResource(String name) {
    if (jar.getJarEntry(PREFIX + name) == null) {
      return null;
    }
    try {
      return new URL(base, name);
    } catch (MalformedURLException e) {
      return null;
    }
  }

  @Override
  protected Enumeration<URL> findResources(String name) {
    URL found = findResource(name);
    return found == null
        ? Collections.emptyEnumeration()
        : Collections.enumeration(java.util.List.of(found));
  }
}
