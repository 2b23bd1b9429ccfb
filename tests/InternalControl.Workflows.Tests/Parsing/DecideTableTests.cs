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
}
