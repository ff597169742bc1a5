package in.prelims.pdf;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How many PDFs are rendered at once. Each rendering holds its whole document in memory (a
 * 400-card deck: tens of megabytes), so without a cap parallel requests exhaust the heap.
 */
@ConfigMapping(prefix = "pdf")
interface PdfLimits {

    /** PDFs rendered at the same time; set it to about the number of cores. */
    @WithDefault("2")
    @Min(1)
    int concurrent();

    /** How long a request waits for a free renderer before it gets 503 with Retry-After. */
    @WithDefault("3s")
    Duration queueWait();

    /** The Retry-After sent with that 503, in seconds. */
    @WithDefault("5")
    @Min(1)
    int retryAfterSeconds();
}
