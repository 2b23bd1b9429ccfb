using InternalControl.Localization;
using InternalControl.PolicyLanguage.Translation;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Assignees;

/// <summary>
/// <c>assignee NAME</c> on a task and <c>ask</c> on a step, in the four languages, and the coded diagnostics of an
/// assignee the case cannot hold a member of staff under (IC2430-IC2434), at the name with a caret.
/// </summary>
public sealed class AssigneeParsingTests
{
    private const string Plan = """
        workflow "w" version 1 key control, month
          step control: task deputy_director assignee responsible
            field findings text required
            field output_date date required
            outcome done -> invite
          step invite: notify parents template "Plan.Invitation" -> heard ask
          step heard: end "heard"
        end
        """;

    [Theory]
    [InlineData("assignee", "ask")]
    [InlineData("орындаушы", "сұрау")]
    [InlineData("аткаруучу", "суроо")]
    [InlineData("исполнитель", "запрос")]
    public void Load_AssigneeAndAskInEachLanguage_BindToOneDefinition(string assignee, string ask)
    {
        // Arrange
        var text = Plan.Replace(" assignee ", " " + assignee + " ", StringComparison.Ordinal).Replace(" ask", " " + ask, StringComparison.Ordinal);

        // Act
        var definition = Bind(text);

        // Assert
        var control = (TaskStep)definition.Step("control")!;
        Assert.Equal(("responsible", WorkflowRole.DeputyDirector, false), (control.Assignee, control.Role, control.Asks));
        Assert.True(definition.Step("invite")!.Asks);
        Assert.Equal(Bind(Plan).Hash, definition.Hash);
    }

    [Theory]
    [InlineData(Language.Kk, "орындаушы responsible", "сұрау")]
    [InlineData(Language.Ky, "аткаруучу responsible", "суроо")]
    [InlineData(Language.Ru, "исполнитель responsible", "запрос")]
    public void Translate_AssigneeAndAsk_WritesTheLanguagesWordsAndBindsToTheSameDefinition(Language language, string assignee, string ask)
    {
        // Act
        var translated = PolicyTranslator.Translate(Plan, "en.policy", language).Value!;

        // Assert
        Assert.Contains(assignee, translated, StringComparison.Ordinal);
        Assert.Contains(ask, translated, StringComparison.Ordinal);
        Assert.Equal(Bind(Plan).Hash, Bind(translated).Hash);
    }

    [Fact]
    public void Hash_AnAssignee_ChangesIt_AskDoesNot()
    {
        // Arrange: who gets the task is how the case runs; what the parent's page lists is not.
        var without = Bind(Plan.Replace(" assignee responsible", "", StringComparison.Ordinal));
        var unasked = Bind(Plan.Replace(" ask", "", StringComparison.Ordinal));

        // Assert
        Assert.NotEqual(Bind(Plan).Hash, without.Hash);
        Assert.Equal(Bind(Plan).Hash, unasked.Hash);
    }

    [Fact]
    public void Load_AssigneeIsADateField_IC2431AtTheNameWithACaretInKazakh()
    {
        // Arrange: output_date holds a date, never a member of staff.
        var text = Plan.Replace("assignee responsible", "assignee output_date", StringComparison.Ordinal);

        // Act
        var result = WorkflowBinder.Load(text, "plan.icp");

        // Assert: nothing loads, and the message points at the name.
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("IC2431", 2, 47), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("«control» қадамының орындаушысы «output_date» — «күні» түріндегі өріс: қызметкерді тек мәтін өрісі сақтайды", error.Message(Language.Kk));
        var rendered = error.Render(Language.Kk, text);
        Assert.Contains("  step control: task deputy_director assignee output_date", rendered, StringComparison.Ordinal);
        Assert.Contains(new string(' ', 46) + "^", rendered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assignee pupil", "IC2430", Language.Ru, "исполнитель «pupil» шага «control» — это обучающийся, предмет или четверть дела, а не сотрудник")]
    [InlineData("assignee оқушы", "IC2430", Language.En, "the assignee «pupil» of step «control» holds the case's pupil, subject or term, not a member of staff")]
    [InlineData("assignee invite", "IC2432", Language.Ky, "«control» кадамынын аткаруучусу «invite» — кадамдын аталышы: анда кызматкер эмес, сан же натыйжа сакталат")]
    [InlineData("assignee findings", "IC2433", Language.En, "the assignee «findings» of step «control» is filled in only when that same task is completed")]
    public void Load_AssigneeTheCaseCannotHoldStaffUnder_IsItsCode(string clause, string code, Language language, string message)
    {
        // Arrange
        var text = Plan.Replace("assignee responsible", clause, StringComparison.Ordinal);

        // Act
        var error = TestWorkflows.SingleError(text, "plan.icp");

        // Assert
        Assert.Equal((code, 2, 47), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal(message, error.Message(language));
    }

    [Fact]
    public void Load_ParentsTaskWithAnAssignee_IC2434()
    {
        // Arrange: a parents' task goes to the pupil's parents.
        var text = Plan.Replace("task deputy_director assignee responsible", "task parents assignee responsible", StringComparison.Ordinal);

        // Act
        var error = TestWorkflows.SingleError(text, "plan.icp");

        // Assert
        Assert.Equal(("IC2434", 2, 39), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("шаг «control» — задача родителей: она адресована родителям обучающегося, исполнитель «responsible» для неё не указывается", error.Message(Language.Ru));
    }

    [Fact]
    public void Load_AssigneeFieldOfAnEarlierTextField_Binds()
    {
        // Arrange: a text field another task fills first may name the member of staff (a deputy picks who checks).
        var text = Plan.Replace("assignee responsible", "assignee checker", StringComparison.Ordinal)
            .Replace("  step control:", "  step pick: task deputy_director\n    field checker text required\n    outcome picked -> control\n  step control:", StringComparison.Ordinal);

        // Act
        var result = WorkflowBinder.Load(text, "plan.icp");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, text))));
        Assert.Equal("checker", ((TaskStep)result.Value!.Single().Step("control")!).Assignee);
    }

    [Theory]
    [InlineData("assignee methodological_council_head")]
    [InlineData("орындаушы әдістемелік_кеңес_төрағасы")]
    [InlineData("аткаруучу методикалык_кеңеш_төрагасы")]
    [InlineData("исполнитель председатель_методсовета")]
    public void Load_AssigneeIsARolesWordInEachLanguage_TheTaskGoesToThatRolesHolder(string clause)
    {
        // Arrange: the methodological council's hearing is its head's (seed 000 §2.6), the deputy director's without one.
        var text = Plan.Replace("assignee responsible", clause, StringComparison.Ordinal);

        // Act
        var control = (TaskStep)Bind(text).Step("control")!;

        // Assert: a role, not a case variable; the step keeps its own role for a school without the head.
        Assert.Equal((null, WorkflowRole.MethodologicalCouncilHead, WorkflowRole.DeputyDirector), (control.Assignee, control.AssigneeRole, control.Role));
        Assert.Equal(Bind(Plan.Replace("assignee responsible", "assignee methodological_council_head", StringComparison.Ordinal)).Hash, Bind(text).Hash);
    }

    [Fact]
    public void Translate_AssigneeRole_WritesTheKazakhRoleWordAndBindsToTheSameDefinition()
    {
        // Arrange
        var text = Plan.Replace("assignee responsible", "assignee methodological_council_head", StringComparison.Ordinal);

        // Act
        var translated = PolicyTranslator.Translate(text, "en.policy", Language.Kk).Value!;

        // Assert
        Assert.Contains("орындаушы әдістемелік_кеңес_төрағасы", translated, StringComparison.Ordinal);
        Assert.Equal(Bind(text).Hash, Bind(translated).Hash);
    }

    [Fact]
    public void Load_ParentsTaskWithAnAssigneeRole_IC2434()
    {
        // Arrange: a parents' task goes to the pupil's parents, not to a role's holder.
        var text = Plan.Replace("task deputy_director assignee responsible", "task parents assignee methodological_council_head", StringComparison.Ordinal);

        // Act
        var result = WorkflowBinder.Load(text, "plan.icp");

        // Assert
        Assert.Equal("IC2434", Assert.Single(result.Errors).Code);
    }

    private static WorkflowDefinition Bind(string text) => TestWorkflows.Bind(text, "plan.icp");
}
