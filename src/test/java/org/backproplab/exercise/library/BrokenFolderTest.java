package org.backproplab.exercise.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.backproplab.BackpropLabProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The app's exercise folder with broken files beside good ones: each file is read on its own, the
 * bad ones are logged as path:line and left out, the good ones served, and the app starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenFolderTest {
    private static final String GOOD = """
            id: ID
            title: A good one
            topics: [chain-rule]
            difficulty: 1
            kind: graph
            text: Work out f.
            graph: |
              f = x * GRAPH
            values:
              x: VALUE
            parts:
              - id: f
                ask: value
                node: f
                prompt: "f"
            """;

    @TempDir
    Path folder;

    private void write(String name, String id, String graph, String value, java.nio.charset.Charset charset) throws Exception {
        Files.write(folder.resolve(name), GOOD.replace("ID", id).replace("GRAPH", graph).replace("VALUE", value)
                .replace("A good one", "Dérivée " + id).getBytes(charset));
    }

    @Test
    void badFilesAreLoggedAtTheirLineAndLeftOutAndTheRestIsServed(CapturedOutput log) throws Exception {
        write("a-good.yaml", "folder-good", "2", "{min: 1, max: 5, step: 1}", StandardCharsets.UTF_8);
        write("b-full-width.yaml", "folder-full-width", "２", "{min: 1, max: 5, step: 1}", StandardCharsets.UTF_8);
        write("c-range.yaml", "folder-range", "2", "{min: 0, max: 1e9, step: 1e-9}", StandardCharsets.UTF_8);
        write("d-deep.yaml", "folder-deep", "(".repeat(2000) + "2" + ")".repeat(2000), "1", StandardCharsets.UTF_8);
        write("e-latin1.yaml", "folder-latin1", "2", "1", StandardCharsets.ISO_8859_1);
        write("F-SHOUTED.YAML", "folder-shouted", "2", "1", StandardCharsets.UTF_8);

        var library = new ExerciseLibrary(new BackpropLabProperties(Path.of("target/test-data"), folder, null, null));

        assertThat(library.exercise("folder-good")).isPresent();
        assertThat(library.exercise("folder-full-width")).as("a full-width digit is a digit").isPresent();
        assertThat(library.exercise("folder-shouted")).as(".YAML is YAML").isPresent();
        assertThat(library.exercise("folder-range")).isEmpty();
        assertThat(library.exercise("folder-deep")).isEmpty();
        assertThat(library.exercise("folder-latin1")).isEmpty();
        assertThat(library.exercise("sum-times-z")).as("the bundled exercises are there too").isPresent();
        assertThat(log.getOut()).contains(folder + "/c-range.yaml:10: impossible range")
                .contains(folder + "/d-deep.yaml:8: ").contains("nested too deeply")
                .contains(folder + "/e-latin1.yaml:2: the file is not UTF-8")
                .doesNotContain("Exception");
    }
}
