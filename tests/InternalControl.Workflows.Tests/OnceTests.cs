using InternalControl.Testing.Databases;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Translation;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests;

/// <summary>"once" after the key: one case per key ever, closed cases included (Kyrgyz school No. 97, 5.7).</summary>
public sealed class OnceTests
{
    private const string LowAchiever = """
        workflow "low-achiever" version 1 key pupil, subject, term once
          step individual_work: task subject_teacher
            outcome improved -> closed_improved
            outcome no_change -> closed_council
          step closed_improved: end "improved"
          step closed_council: end "council"
        end
        """;

    private const string Conversation = """
        workflow "parent-conversation" version 1 key pupil
          step talk: task class_teacher
            outcome held -> done
          step done: end "held"
        end
        """;

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_OnceCaseClosedImproved_ReturnsClosedCaseAndWritesNothing(Backend backend)
    {
        // Arrange: 5.7 opened the case, the subject teacher closed it as improved; the pupil still has three 2s.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Bind(LowAchiever));
        var first = runtime.Start("low-achiever", WorkflowFixture.Pupil(1), "5.7");
        runtime.Complete(runtime.Tasks().Single().Id, "improved", Fields.None, Some.MathTeacher);
        var journal = runtime.Journal(first.CaseId).Count;
        var outbox = runtime.Outbox().Count;

        // Act: the next night's evaluation starts it again.
        var again = runtime.Start("low-achiever", WorkflowFixture.Pupil(1), "5.7");

        // Assert
        Assert.Equal((first.CaseId, false), (again.CaseId, again.Created));
        Assert.Equal("improved", Assert.Single(runtime.Cases()).Result);
        Assert.Empty(runtime.Tasks(new Tasks.TaskQuery(OpenOnly: true)));
        Assert.Equal((journal, outbox), (runtime.Journal(first.CaseId).Count, runtime.Outbox().Count));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_OnceOtherTerm_OpensNewCase(Backend backend)
    {
        // Arrange: the key holds the term, so next quarter is another case.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Bind(LowAchiever));
        runtime.Start("low-achiever", WorkflowFixture.Pupil(1), "5.7");
        runtime.Complete(runtime.Tasks().Single().Id, "improved", Fields.None, Some.MathTeacher);

        // Act
        var next = runtime.Start("low-achiever", WorkflowFixture.Pupil(1, "2026-2027/2"), "5.7");

        // Assert
        Assert.True(next.Created);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_WithoutOnceAfterClose_OpensNewCase(Backend backend)
    {
        // Arrange: 6.2 "several" unexcused absences may happen again after a conversation was held.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Bind(Conversation));
        var first = runtime.Start("parent-conversation", new Runtime.CaseContext("P1", null, null), "6.2");
        runtime.Complete(runtime.Tasks().Single().Id, "held", Fields.None, Some.ClassTeacher);

        // Act
        var again = runtime.Start("parent-conversation", new Runtime.CaseContext("P1", null, null), "6.2");

        // Assert
        Assert.True(again.Created);
        Assert.NotEqual(first.CaseId, again.CaseId);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_ParentStartsOnceSubWorkflowAlreadyClosed_ParentHearsItsResult(Backend backend)
    {
        // Arrange: the check of this pupil happened and ended; a later case starts it as a sub-workflow.
        const string text = """
            workflow "check" version 1 key pupil once
              step look: task class_teacher
                outcome ok -> done
              step done: end "checked"
            end
            workflow "follow-up" version 1 key pupil
              step sub: start "check" -> after
              step after: end "after"
            end
            """;
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime([.. WorkflowBinder.Load(text, "once.policy").Value!]);
        var check = runtime.Start("check", new Runtime.CaseContext("P1", null, null), "test").CaseId;
        runtime.Complete(runtime.Tasks().Single().Id, "ok", Fields.None, Some.ClassTeacher);

        // Act
        var parent = runtime.Start("follow-up", new Runtime.CaseContext("P1", null, null), "test").CaseId;

        // Assert: no second check; the parent moved on with the first one's result.
        Assert.Equal(2, runtime.Cases().Count);
        Assert.Equal(("closed", "after"), (runtime.Case(parent)!.Status, runtime.Case(parent)!.Result));
        Assert.Equal("checked", runtime.Case(check)!.Result);
    }

    [Fact]
    public void Bind_Once_ChangesTheHashOnlyWhenWritten()
    {
        // Arrange
        var without = Bind(LowAchiever.Replace(" once", "", StringComparison.Ordinal));

        // Act
        var with = Bind(LowAchiever);

        // Assert
        Assert.Equal((true, false), (with.Once, without.Once));
        Assert.NotEqual(with.Hash, without.Hash);
    }

    [Theory]
    [InlineData(Language.Kk, "бір_рет")]
    [InlineData(Language.Ky, "бир_жолу")]
    [InlineData(Language.Ru, "однократно")]
    public void Translate_OnceWorkflow_WritesOnceAndBindsToTheSameDefinition(Language language, string word)
    {
        // Arrange
        var english = Bind(LowAchiever);

        // Act
        var translated = PolicyTranslator.Translate(LowAchiever, "en.policy", language).Value!;

        // Assert
        Assert.Contains(word, translated, StringComparison.Ordinal);
        Assert.Equal(english.Hash, Bind(translated).Hash);
        Assert.True(english.Once);
    }

    private static WorkflowDefinition Bind(string text) => WorkflowBinder.Load(text, "once.policy").Value!.Single();
}
