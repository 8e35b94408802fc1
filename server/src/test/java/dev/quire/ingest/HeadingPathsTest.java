package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingPathsTest {
    @Test
    void a_position_lies_under_the_last_heading_of_each_level_before_it() {
        String md = "intro\n\n# Report\n\nalpha\n\n## Costs\n\nbravo\n\n### Travel\n\ncharlie\n\n## Staff\n\ndelta";
        HeadingPaths paths = HeadingPaths.of(md);

        assertThat(paths.at(0)).isEmpty();
        assertThat(paths.at(md.indexOf("alpha"))).containsExactly("Report");
        assertThat(paths.at(md.indexOf("charlie"))).containsExactly("Report", "Costs", "Travel");
        assertThat(paths.at(md.indexOf("delta"))).containsExactly("Report", "Staff");
        assertThat(paths.at(md.indexOf("## Staff"))).containsExactly("Report", "Staff");
    }
}
