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
        return find(RELATIVE_PATH, "vanban.lm", "VANBAN_LM", "syllable language model not found",
                " (set -Dvanban.lm=FILE or VANBAN_LM, or train one with: vanban train-lm --corpus FILE --out "
                        + RELATIVE_PATH + ")");
    }

    /**
     * A project file (model, channel table): the system property {@code property}, else the environment variable
     * {@code envVar} (either may be null), else {@code relative} under the working directory, else beside the
     * project that holds the running jar or classes.
     *
     * @param notFound error message start, followed by the places tried and {@code hint}
     */
    static Path find(String relative, String property, String envVar, String notFound, String hint)
            throws FileNotFoundException {
        List<Path> tried = new ArrayList<>();
        String prop = property == null ? null : System.getProperty(property);
        if (prop != null && !prop.isBlank()) {
            tried.add(Path.of(prop));
        }
        String env = envVar == null ? null : System.getenv(envVar);
        if (env != null && !env.isBlank()) {
            tried.add(Path.of(env));
        }
        tried.add(Path.of(relative));
        try {
            Path code = Path.of(ModelLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes or target/vanban.jar -> project root
            Path target = code.getParent();
            if (target != null && target.getParent() != null) {
                tried.add(target.getParent().resolve(relative));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: only the other places count
        }
        for (Path p : tried) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new FileNotFoundException(notFound + "; tried " + tried + hint);
    }
}
