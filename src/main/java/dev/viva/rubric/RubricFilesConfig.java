package dev.viva.rubric;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the reviewed rubric files live. */
@ConfigMapping(prefix = "viva.rubrics")
public interface RubricFilesConfig {

    /** Folder scanned recursively for {@code *.yaml} and {@code *.yml} rubric files, relative to the working directory. */
    @WithDefault("rubrics")
    String dir();
}
