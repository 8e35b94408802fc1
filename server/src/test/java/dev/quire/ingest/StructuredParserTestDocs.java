package dev.quire.ingest;

import dev.quire.testing.GeneratedDocs.Block;
import java.util.List;

/** A two-page report with every kind of block, shared by the parser, API and index tests. */
public final class StructuredParserTestDocs {
    private StructuredParserTestDocs() {}

    public static final List<List<Block>> REPORT = List.of(
            List.of(new Block.Heading(1, "Annual Results"),
                    new Block.Text("Revenue grew in every region this year. The board approved the budget."),
                    new Block.Heading(2, "Regional Figures"),
                    new Block.Table(List.of(List.of("Region", "Revenue", "Growth"),
                            List.of("North", "1200", "4%"), List.of("South", "950", "7%"), List.of("East", "780", "2%"))),
                    new Block.Bullets(List.of("Hire two engineers", "Open the Lisbon office"))),
            List.of(new Block.Heading(2, "Outlook"),
                    new Block.Text("Next year the company expects steady demand for its products.")));

}
