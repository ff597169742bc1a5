package in.prelims.study;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Study settings of the installation (per-person settings are in {@link StudySettings}). */
@ConfigMapping(prefix = "study")
interface StudyConfig {

    /** Where "today" and the exam day begin. */
    @WithDefault("Asia/Kolkata")
    ZoneId zone();

    /** The most reviews one sync may carry. */
    @WithDefault("500")
    int maxBatch();
}
