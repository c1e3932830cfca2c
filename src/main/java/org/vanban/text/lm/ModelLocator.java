package org.vanban.text.lm;

import java.io.FileNotFoundException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the committed syllable model: the system property {@code vanban.lm}, else the environment variable
 * {@code VANBAN_LM}, else {@code models/vi-syllable.lm} under the working directory, else beside the project
 * that holds the running jar or classes ({@code target/vanban.jar -> models/vi-syllable.lm}).
 */
public final class ModelLocator {

    /** Path of the model inside the project. */
    public static final String RELATIVE_PATH = "models/vi-syllable.lm";

    private ModelLocator() {
    }

    /** The model file, or a clear error naming every place that was tried. */
    public static Path defaultModel() throws FileNotFoundException {
        List<Path> tried = new ArrayList<>();
        String prop = System.getProperty("vanban.lm");
        if (prop != null && !prop.isBlank()) {
            tried.add(Path.of(prop));
        }
        String env = System.getenv("VANBAN_LM");
        if (env != null && !env.isBlank()) {
            tried.add(Path.of(env));
        }
        tried.add(Path.of(RELATIVE_PATH));
        try {
            Path code = Path.of(ModelLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes or target/vanban.jar -> project root
            Path target = code.getParent();
            if (target != null && target.getParent() != null) {
                tried.add(target.getParent().resolve(RELATIVE_PATH));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: only the other places count
        }
        for (Path p : tried) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new FileNotFoundException("syllable language model not found; tried " + tried
                + " (set -Dvanban.lm=FILE or VANBAN_LM, or train one with: vanban train-lm --corpus FILE --out "
                + RELATIVE_PATH + ")");
    }
}
