using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>
/// A workflow whose report tag's feature gives its cases their variables (the plan's <c>responsible</c>, <c>venue</c>,
/// <c>output</c>, <c>sheet</c> on a planned control, Order No. 130 §2.1 and §2.6; the plan's <c>venue</c> and
/// <c>second_control</c> on a re-control, seed 000 §3.1-3.4) reads them by those names. An overlay that renames one is
/// told at the name (IC2112), instead of a control's task that is nobody's or a hearing that always goes to the director.
/// </summary>
public sealed class TagVariableTests
{
    private const string PlanControl = """
        workflow "plan-control" version 3 key control, month report plan_control
          step control: task deputy_director assignee RESPONSIBLE
            field findings text required
            outcome done -> route
          step route: decide
            when VENUE in [methodological_council] -> council
            otherwise -> director
          step director: task director
            outcome heard -> heard
          step council: task deputy_director assignee methodological_council_head
            outcome heard -> heard
          step heard: end "heard"
        end
        """;

    [Fact]
    public void Load_PlanControlReadingThePlansOwnNames_HasNoDiagnostic()
    {
        // Arrange: the shipped workflow's reads (seeds/policies/kz/30-internal-control-plan.icp).
        var source = Plan("responsible", "venue");

        // Act
        var result = WorkflowBinder.Load(source, "plan.icp");

        // Assert
        Assert.True(result.Succeeded, Rendered(result.Diagnostics, source));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Load_AssigneeRenamedByAnOverlay_IsIC2112AtTheNameWithWhatThePlanGives()
    {
        // Arrange: "owner" is no column of the plan: the control's task would be the deputy director's, not the
        // responsible person's (§2.1 "Жауапты").
        var source = Plan("owner", "venue");

        // Act
        var result = WorkflowBinder.Load(source, "plan.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2112", 2, 47), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal(
            "«owner» is not a variable of a case of a workflow tagged plan_control: the product gives such a case responsible, venue, output, sheet, besides the workflow's own key, fields and steps.",
            error.Message(Language.En));
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData(Language.Kk, "«venu» — plan_control белгісі бар процестің ісінің айнымалысы емес; «venue» деп айтқыңыз келді ме?")]
    [InlineData(Language.Ky, "«venu» — plan_control белгиси бар процесстин ишинин өзгөрмөсү эмес; «venue» дегиңиз келдиби?")]
    [InlineData(Language.Ru, "«venu» — не переменная дела процесса с меткой plan_control; может быть, «venue»?")]
    [InlineData(Language.En, "«venu» is not a variable of a case of a workflow tagged plan_control; did you mean «venue»?")]
    public void Load_DecisionOnAMisspeltVenue_IsIC2112AtTheConditionWithTheNearestName(Language language, string expected)
    {
        // Arrange: §2.6: a misspelt venue would send every hearing to the director, the methodological council's too.
        var source = Plan("responsible", "venu");

        // Act
        var error = Assert.Single(WorkflowBinder.Load(source, "plan.icp").Diagnostics);

        // Assert
        Assert.Equal(("IC2112", 6, 10), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal(expected, error.Message(language));
    }

    [Fact]
    public void Load_RecontrolWaitingOnAMisspeltMonth_IsIC2112AtTheWait()
    {
        // Arrange: §3.1: a re-control waits for the plan's second-control month.
        const string source = """
            workflow "recontrol" version 3 key object, sheet report recontrols
              step hear: task director
                outcome heard -> wait
              step wait: wait until second_month otherwise 40 school_days -> done
              step done: end "done"
            end
            """;

        // Act
        var error = Assert.Single(WorkflowBinder.Load(source, "recontrol.icp").Diagnostics);

        // Assert
        Assert.Equal(("IC2112", 4, 25), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("«second_month» is not a variable of a case of a workflow tagged recontrols; did you mean «second_control»?", error.Message(Language.En));
    }

    [Fact]
    public void Load_PlanControlReadingItsOwnFieldAndKey_AndAnUntaggedWorkflowReadingAnyName_HaveNoDiagnostic()
    {
        // Arrange: a field the control's task fills, a key part, and a workflow without the tag (its start gives what
        // it gives; nothing is known to check it against).
        const string source = """
            workflow "plan-control" version 3 key control, month report plan_control
              step control: task deputy_director assignee responsible
                field kind choice [full, partial] required
                outcome done -> route
              step route: decide
                when kind in [full] and month in ["2026-11"] -> heard
                otherwise -> heard
              step heard: end "heard"
            end

            workflow "other" version 1 key pupil
              step act: task deputy_director assignee owner
                outcome done -> route
              step route: decide
                when venu in [x] -> fin
                otherwise -> fin
              step fin: end "fin"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "plan.icp");

        // Assert
        Assert.True(result.Succeeded, Rendered(result.Diagnostics, source));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Load_PlanControlStartedAsAnotherWorkflowsStep_HoldsTheStartersNamesOnly()
    {
        // Arrange: a case started by a step carries its starter's variables (here its field "owner"), and no others.
        var starter = """

            workflow "starter" version 1 key control, month
              step assign: task deputy_director
                field owner text required
                outcome done -> run
              step run: start "plan-control" -> fin
              step fin: end "fin"
            end
            """;

        // Act
        var held = WorkflowBinder.Load(Plan("owner", "venue") + starter, "plan.icp");
        var missing = WorkflowBinder.Load(Plan("chair", "venue") + starter, "plan.icp");

        // Assert
        Assert.True(held.Succeeded, Rendered(held.Diagnostics, Plan("owner", "venue") + starter));
        Assert.Equal(["IC2112"], missing.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Load_OutcomeConditionAndTableDecisionOnNamesThePlanDoesNotGive_AreIC2112AtEach()
    {
        // Arrange: an outcome guarded by a misspelt output (§2.1 "Нәтижесі"), and a decision taken from a table whose input
        // column reads "place" where the plan gives "venue" (§2.6).
        const string table = """
            policy "p" country kz version 1

            table hearing hit first
                input place                  | output next
                "methodological_council"     | "council"
            end


            """;
        var source = table + Plan("responsible", "venue")
            .Replace("field findings text required\n    outcome done -> route", "outcome done -> route when outpt in [minutes]\n    outcome other -> route", StringComparison.Ordinal)
            .Replace("decide\n    when venue in [methodological_council] -> council", "decide table hearing", StringComparison.Ordinal);

        // Act
        var diagnostics = WorkflowBinder.Load(source, "plan.icp").Diagnostics;

        // Assert
        Assert.Equal(
            [("IC2112", 10, 32, "outpt"), ("IC2112", 12, 28, "place")],
            diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column, d.Args[0] as string)).OrderBy(d => d.Item1 + d.Item4));
    }

    [Fact]
    public void Load_PlanControlDecidingByATableThatDoesNotExist_IsTheUnknownTableOnly()
    {
        // Arrange: the table's name is misspelt; its columns cannot be read, so only the table is reported.
        var source = Plan("responsible", "venue")
            .Replace("decide\n    when venue in [methodological_council] -> council", "decide table hearings", StringComparison.Ordinal);

        // Act
        var result = WorkflowBinder.Load(source, "plan.icp");

        // Assert
        Assert.Equal(["IC2204"], result.Diagnostics.Select(d => d.Code));
    }

    private static string Plan(string responsible, string venue) =>
        PlanControl.Replace("RESPONSIBLE", responsible, StringComparison.Ordinal).Replace("VENUE", venue, StringComparison.Ordinal);

    private static string Rendered(IEnumerable<Diagnostic> diagnostics, string source) =>
        string.Join("\n", diagnostics.Select(d => d.Render(Language.En, source)));
}
