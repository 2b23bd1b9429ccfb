using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Syntax;

namespace InternalControl.PolicyLanguage.Tests.Parsing;

public sealed class BlockParserTests
{
    [Fact]
    public void Parse_PlugInBlock_IsKeptInBlocks()
    {
        // Arrange: a plug-in opened by the table keyword's sibling "test" is not allowed, so use a made-up block opened by "fact".
        const string source = "policy \"p\" country kg version 1\nfact \"x\" 1 2 end\nrule \"r\" when pupil p then set g = 1 end";

        // Act
        var result = PolicyParser.Parse(source, "p.icp", [new SkippingBlockParser()]);

        // Assert
        Assert.True(result.Succeeded);
        Assert.IsType<SkippedBlock>(Assert.Single(result.Value.Blocks));
        Assert.Single(result.Value.Rules);
    }

    private sealed record SkippedBlock(InternalControl.Kernel.Diagnostics.SourceSpan Span, string Name) : BlockSyntax(Span);

    private sealed class SkippingBlockParser : IBlockParser
    {
        public string Concept => "Kw.Fact";

        public BlockSyntax Parse(TokenCursor cursor)
        {
            var start = cursor.ExpectKeyword("Kw.Fact").Span;
            var name = cursor.ExpectString().Value;
            cursor.SkipPastEnd();
            return new SkippedBlock(start.Through(cursor.Previous.Span), name);
        }
    }
}
