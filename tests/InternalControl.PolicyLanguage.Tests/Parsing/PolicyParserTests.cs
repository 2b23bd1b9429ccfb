using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Syntax;

namespace InternalControl.PolicyLanguage.Tests.Parsing;

using Language = InternalControl.Localization.Language;

public sealed class PolicyParserTests
{
    private const string Kyrgyz = """
        саясат "kg-school-97" өлкө kg версия 1
        параметр эки_чеги = 3 "5.7: бир сабактан 3 же андан көп «2»"

        эреже "5.7"
        эгер
            окуучу p
            сабак s
            саны(баа g мында g.мааниси = 2) >= эки_чеги
        анда
            баштоо "low-achiever" үчүн p, s
        бүттү
        """;

    [Fact]
    public void Parse_KyrgyzRule_BuildsPatternsConditionAndStart()
    {
        // Act
        var result = PolicyParser.Parse(Kyrgyz, "97.icp");

        // Assert
        Assert.True(result.Succeeded);
        var rule = Assert.Single(result.Value.Rules);
        Assert.Equal(2, rule.When.OfType<PatternSyntax>().Count());
        var condition = Assert.Single(rule.When.OfType<TestConditionSyntax>());
        Assert.IsType<AggregateSyntax>(((BinarySyntax)condition.Expression).Left);
        Assert.Equal("low-achiever", Assert.IsType<StartActionSyntax>(Assert.Single(rule.Then)).Workflow);
    }

    [Fact]
    public void Parse_MixedLanguages_ParsesTheSameRule()
    {
        // Arrange: English, Kazakh, Russian and Kyrgyz words in one rule.
        const string source = "policy \"p\" ел kg\nrule \"r\" егер ученик p then set группа = \"A\" бүттү";

        // Act
        var result = PolicyParser.Parse(source, "mixed.icp");

        // Assert
        Assert.True(result.Succeeded);
        Assert.Equal("группа", Assert.IsType<SetActionSyntax>(Assert.Single(Assert.Single(result.Value.Rules).Then)).Name);
    }

    [Fact]
    public void Parse_MissingWhen_ReportsPositionOneBased()
    {
        // Arrange
        const string source = "policy \"p\" country kg\nrule \"r\"\n  pupil p then end";

        // Act
        var diagnostic = Assert.Single(PolicyParser.Parse(source, "p.icp").Diagnostics);

        // Assert
        Assert.Equal(("IC1101", 3, 3), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Render_MisspelledKeyword_KyrgyzMessageWithCaretAndDidYouMean()
    {
        // Arrange
        const string source = "саясат \"p\" өлкө kg\nэреже \"r\"\nэгр окуучу p анда бүттү";

        // Act
        var diagnostic = Assert.Single(PolicyParser.Parse(source, "97.icp").Diagnostics);

        // Assert
        Assert.Equal("97.icp:3:1: ката IC1102: эгер күтүлгөн, 'эгр' табылды. 'эгер' дегиңиз келдиби?\nэгр окуучу p анда бүттү\n^~~", diagnostic.Render(Language.Ky, source));
    }

    [Fact]
    public void Render_MisspelledKeyword_RussianMessage()
    {
        // Arrange
        const string source = "политика \"p\" страна kg\nправило \"r\"\nесли ученик p тогда конец\nправло \"x\"";

        // Act
        var diagnostic = Assert.Single(PolicyParser.Parse(source, "p.icp").Diagnostics);

        // Assert
        Assert.Equal("p.icp:4:1: ошибка IC1102: Ожидалось блок (политика, параметр, правило, таблица, тест), найдено 'правло'. Возможно, вы имели в виду 'правило'?\nправло \"x\"\n^~~~~~", diagnostic.Render(Language.Ru, source));
    }

    [Fact]
    public void Render_UnterminatedString_KazakhMessage()
    {
        // Arrange
        const string source = "саясат \"p";

        // Act
        var diagnostic = PolicyParser.Parse(source, "kz.icp").Diagnostics[0];

        // Assert
        Assert.Equal("kz.icp:1:8: қате IC1002: Жол соңына дейін жол жабылмаған.\nсаясат \"p\n       ^", diagnostic.Render(Language.Kk, source));
    }

    [Fact]
    public void Parse_DidYouMean_FindsWordOfAnotherLanguage()
    {
        // Arrange: "ереж" is closest to the Kazakh "ереже", although the file is otherwise Russian.
        const string source = "политика \"p\" страна kg\nереж \"r\"";

        // Act
        var diagnostic = Assert.Single(PolicyParser.Parse(source, "p.icp").Diagnostics);

        // Assert
        Assert.Equal("ереже", diagnostic.Args[2]);
    }

    [Fact]
    public void Parse_Table_ReadsColumnsRowsAndCells()
    {
        // Arrange
        const string source = """
            policy "p" country kz
            table percent_to_mark hit unique
                input percent in [0..100] | output mark
                [0..39]   | 2
                40..64    | 3
                >= 65     | 4
                -         | 5
            end
            """;

        // Act
        var result = PolicyParser.Parse(source, "t.icp");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        var table = Assert.Single(result.Value.Tables);

        // Assert
        Assert.Equal((2, 4), (table.Columns.Count, table.Rows.Count));
        Assert.Equal(">=", table.Rows[2].Cells[0].Operator);
        Assert.True(table.Rows[3].Cells[0].IsAny);
    }

    [Fact]
    public void Parse_ErrorInOneRule_ReportsNextRuleToo()
    {
        // Arrange
        const string source = "policy \"p\" country kg\nrule \"a\" when pupil p then frobnicate end\nrule \"b\" when pupil p then zap end";

        // Act
        var result = PolicyParser.Parse(source, "p.icp");

        // Assert
        Assert.False(result.Succeeded);
        Assert.Equal([2, 3], result.Diagnostics.Select(d => d.Span.Line));
    }
}
