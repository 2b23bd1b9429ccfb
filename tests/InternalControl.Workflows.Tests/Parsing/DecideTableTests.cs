using InternalControl.Localization;
using InternalControl.Testing.Policies;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>A decide step that takes its rows from a decision table of the rules part (Kyrgyz school No. 97, 6.1-6.4).</summary>
public sealed class DecideTableTests
{
    private const string Policy = PolicyText.CauseRouting;

    [Fact]
    public void Load_DecideTable_RowsComeFromTheRulesTable()
    {
        // Act
        var definition = WorkflowBinder.Load(Policy, "p.icp").Value!.Single();

        // Assert
        var route = (DecideStep)definition.Step("route")!;
        Assert.Equal(["diary_notice", "conversation", "preventive_work"], route.Rows.Select(r => r.Next));
        Assert.Equal(("cause_routing", "talk"), (route.Table, route.Otherwise));
    }

    [Fact]
    public void Load_DecideTable_StoredTextHoldsTheRowsAndBindsToTheSameDefinition()
    {
        // Arrange
        var definition = WorkflowBinder.Load(Policy, "p.icp").Value!.Single();

        // Act: a case on this version resolves it from the stored text alone.
        var again = WorkflowBinder.Load(definition.Source!, "stored");

        // Assert
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics.Select(d => d.Render(Language.En, definition.Source!))));
        Assert.Equal(definition.Hash, again.Value!.Single().Hash);
    }

    [Theory]
    [InlineData("absence", "1", "diary")]
    [InlineData("absence", "4", "conversation")]
    [InlineData("low_ability", "0", "preventive")]
    [InlineData("other", "0", "talk")]
    public void Complete_CauseFound_CaseFollowsTheTable(string cause, string absences, string result)
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime(WorkflowBinder.Load(Policy, "p.icp").Value!.Single());
        var id = runtime.Start("w", WorkflowFixture.Pupil(1), "test").CaseId;

        // Act
        runtime.Complete(runtime.Tasks().Single().Id, "found", Fields.Of("cause=" + cause, "absences=" + absences), Some.ClassTeacher);

        // Assert
        Assert.Equal(result, runtime.Case(id)!.Result);
    }

    [Fact]
    public void Load_UnknownTable_DiagnosticAtTheNameInRussian()
    {
        // Arrange
        var source = Policy.Replace("decide table cause_routing", "decide table cause_route", StringComparison.Ordinal);

        // Act
        var error = TestWorkflows.SingleError(source, "p.icp");

        // Assert: nothing is loaded.
        Assert.Equal(("IC2204", 15, 28), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("«cause_route» не таблица решений этой политики: объявите её в части с правилами (table cause_route hit first ...).", error.Message(Language.Ru));
    }

    [Fact]
    public void Load_CollectTable_RefusedInKazakh()
    {
        // Arrange
        var source = Policy.Replace("hit first", "hit collect", StringComparison.Ordinal);

        // Act
        var error = TestWorkflows.SingleError(source, "p.icp");

        // Assert
        Assert.Equal("«cause_routing» кестесі бірнеше жол беруі мүмкін: шешім үшін сәйкестік тәсілі unique, any, first немесе priority болатын кесте керек.", error.Message(Language.Kk));
    }

    [Fact]
    public void Load_QuotedTableName_RowsComeFromTheTable()
    {
        // Arrange: a table named in quotes, with a space, on both sides.
        var source = Quoted(Policy);

        // Act
        var result = WorkflowBinder.Load(source, "p.icp");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        var route = (DecideStep)result.Value!.Single().Step("route")!;
        Assert.Equal("cause routing", route.Table);
        Assert.Equal(["diary_notice", "conversation", "preventive_work"], route.Rows.Select(r => r.Next));
    }

    [Fact]
    public void Load_QuotedTableName_StoredTextBindsToTheSameDefinition()
    {
        // Arrange
        var definition = WorkflowBinder.Load(Quoted(Policy), "p.icp").Value!.Single();

        // Act
        var again = WorkflowBinder.Load(definition.Source!, "stored");

        // Assert
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics.Select(d => d.Render(Language.En, definition.Source!))));
        Assert.Equal(definition.Hash, again.Value!.Single().Hash);
    }

    [Fact]
    public void Load_UnknownQuotedTable_HintQuotesTheNameInEnglish()
    {
        // Arrange: the hint shows the declaration to write, and "table cause route hit first" would not parse.
        var source = Quoted(Policy).Replace("decide table \"cause routing\"", "decide table \"cause route\"", StringComparison.Ordinal);

        // Act
        var result = WorkflowBinder.Load(source, "p.icp");

        // Assert
        var error = Assert.Single(result.Errors);
        Assert.Equal(("IC2204", 15, 28, 13), (error.Code, error.Span.Line, error.Span.Column, error.Span.Length));
        Assert.Equal("«cause route» is not a decision table of this policy: declare it in the rules part (table \"cause route\" hit first ...).", error.Message(Language.En));
    }

    private static string Quoted(string policy) =>
        policy.Replace("table cause_routing hit first", "table \"cause routing\" hit first", StringComparison.Ordinal)
            .Replace("decide table cause_routing", "decide table \"cause routing\"", StringComparison.Ordinal);
}
