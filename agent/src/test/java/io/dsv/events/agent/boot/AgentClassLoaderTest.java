package io.dsv.events.agent.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentClassLoaderTest {
  /** Stands for one of the agent's classes: put under the agent jar's prefix by the test. */
  public static final class Packed {
    @Override
    public String toString() {
      return "packed";
    }
  }

  @TempDir Path dir;

  @Test
  void definesTheClassesUnderItsPrefixItself() throws Exception {
    AgentClassLoader loader = loaderOver(agentJarWith(Packed.class));

    Class<?> packed = loader.loadClass(Packed.class.getName());

    assertThat(packed.getClassLoader()).isSameAs(loader);
    assertThat(packed).isNotSameAs(Packed.class);
    assertThat(packed.getDeclaredConstructor().newInstance()).hasToString("packed");
    assertThat(packed.getPackage().getImplementationVersion()).isEqualTo("9.9.9");
    assertThat(loader.loadClass(Packed.class.getName())).isSameAs(packed);
  }

  @Test
  void leavesTheJdksClassesToItsParentAndKnowsNoOthers() throws Exception {
    AgentClassLoader loader = loaderOver(agentJarWith(Packed.class));

    assertThat(loader.loadClass("java.lang.String")).isSameAs(String.class);
    assertThatThrownBy(() -> loader.loadClass("io.dsv.events.NotInTheJar"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void readsItsClassFilesAsResources() throws Exception {
    AgentClassLoader loader = loaderOver(agentJarWith(Packed.class));

    try (InputStream in = loader.getResourceAsStream(resourceOf(Packed.class))) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes()).isEqualTo(bytesOf(Packed.class));
    }
  }

  private AgentClassLoader loaderOver(Path jar) throws IOException {
    return new AgentClassLoader(jar, ClassLoader.getPlatformClassLoader());
  }

  private Path agentJarWith(Class<?> type) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "9.9.9");
    Path jar = dir.resolve("agent.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry(AgentClassLoader.PREFIX + resourceOf(type)));
      out.write(bytesOf(type));
      out.closeEntry();
    }
    return jar;
  }

  private static String resourceOf(Class<?> type) {
    return type.getName().replace('.', '/') + ".class";
  }

  private static byte[] bytesOf(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream("/" + resourceOf(type))) {
      return in.readAllBytes();
    }
  }
}
