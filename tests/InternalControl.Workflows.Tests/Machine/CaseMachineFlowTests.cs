using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Tests.Machine;

/// <summary>The pure case machine's steps as the people of a case notice them: forms, decisions, waits, branches, the end.</summary>
public sealed class CaseMachineFlowTests
{
    private static readonly DateOnly Thursday = new(2026, 10, 1);

    private const string Calls = """
        workflow "calls" version 1 key pupil
          step call: task class_teacher
            field note text
            outcome again -> call
            outcome stop -> done
          step done: end "stopped"
        end
        """;

    private const string Branches = """
        workflow "branches" version 1 key pupil
          step fork: parallel [tell, meet] join -> after
          step tell: notify parents template "LowAchiever.CouncilInvitation" -> join
          step meet: task deputy_director
            outcome held -> join
          step after: start "pedagogical-council" -> fin
          step fin: end "council"
        end
        """;

    private const string YearEnd = """
        workflow "year-end" version 1 key pupil
          step hold: wait until year_end -> fin
          step fin: end "over"
        end
        """;

    private const string Beside = """
        workflow "beside" version 1 key pupil
          step work: task subject_teacher
            outcome done -> fin
            due 3 school_days escalate 5 school_days -> look_into
          step look_into: task deputy_director
            field why text
            outcome seen -> join
          step fin: end "done"
        end
        """;

    [Fact]
    public void Complete_WithAForm_ClosesTheTaskForTheActorAndKeepsTheFieldsAsVariables()
    {
        // Arrange
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Thursday);
        rig.Begin();
        var task = rig.Task("individual_work");

        // Act
        var effects = rig.Complete("individual_work", "no_change", "problems=fractions");

        // Assert: the task is done by T1 today, its timers go, the register entry carries the form.
        var done = Assert.Single(effects.TaskUpdates);
        Assert.Equal((WorkTaskStatus.Completed, "no_change", "T1"), (done.Status, done.Outcome, done.CompletedBy));
        Assert.StartsWith("2026-10-01T09:00", done.CompletedAt, StringComparison.Ordinal);
        Assert.Equal("{\"problems\":\"fractions\"}", done.Fields);
        Assert.Equal([task.Token], effects.CancelTimers);
        var entry = effects.Journal[0];
        Assert.Equal((JournalKind.TaskCompleted, "individual_work", "subject_teacher_work", "no_change", "T1"), (entry.Kind, entry.Step, entry.Register, entry.Detail, entry.Actor));
        Assert.Equal("fractions", rig.State.Variables["problems"]);
        Assert.Equal("report_5_10", Assert.Single(effects.NewTasks).Step);
    }

    [Fact]
    public void Complete_WithoutAForm_StoresNoFields()
    {
        // Arrange
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Thursday);
        rig.Begin();

        // Act
        var effects = rig.Complete("individual_work", "improved");

        // Assert: the case closes "improved".
        Assert.Null(Assert.Single(effects.TaskUpdates).Fields);
        Assert.Null(effects.Journal[0].Data);
        Assert.True(effects.Closed);
        Assert.Equal((CaseStatus.Closed, "improved"), (rig.State.Status, rig.State.Result));
        Assert.StartsWith("2026-10-01", rig.State.ClosedAt, StringComparison.Ordinal);
        Assert.Empty(rig.State.Tokens);
        Assert.Null(effects.ParentSignal);
        Assert.Equal((JournalKind.Ended, "improved"), (effects.Journal[^1].Kind, effects.Journal[^1].Detail));
    }

    [Fact]
    public void Complete_TheSameStepAgain_CountsItsCompletionsAndOpensANewTask()
    {
        // Arrange
        var rig = MachineRig.Load(Calls, "calls", Thursday);
        rig.Begin();
        var first = rig.Task("call");

        // Act
        rig.Complete("call", "again");
        var second = rig.Task("call");
        rig.Complete("call", "again");

        // Assert: the step's name counts its completions (No. 97 8.1: the calls recorded so far); each task is new.
        Assert.Equal("2", rig.State.Variables["call"]);
        Assert.NotEqual(first.Token, second.Token);
        Assert.NotEqual(second.Token, rig.Task("call").Token);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("4", 5)]
    [InlineData("many", 1)]
    public void CompletionsAfter_CountsTheOneBeingMade(string? before, int expected)
    {
        // Arrange
        var variables = before is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["call"] = before };

        // Act / Assert
        Assert.Equal(expected, CaseMachine.CompletionsAfter(variables, "call"));
    }

    [Theory]
    [InlineData("2", "diary_notice")]
    [InlineData("3", "parent_conversation")]
    [InlineData("5", "parent_conversation")]
    [InlineData("6", "small_council")]
    public void Complete_CauseAbsence_RoutesByTheNumberOfAbsences(string absences, string expected)
    {
        // Arrange
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Thursday);
        rig.Begin();
        rig.Complete("individual_work", "no_change", "class_teacher_informed=2026-09-30", "parent_informed=2026-09-30");
        rig.Complete("report_5_10", "filed", "class_teacher_informed=2026-09-30", "parent_informed=2026-09-30");

        // Act
        var effects = rig.Complete("find_cause", "found", "cause=absence", $"absences={absences}");

        // Assert
        var decided = Assert.Single(effects.Journal, j => j.Kind == JournalKind.Decided);
        Assert.Equal(("route", expected), (decided.Step, decided.Detail));
    }

    [Fact]
    public void Complete_DiaryNotice_TellsBothParentsAndWaits20SchoolDays()
    {
        // Arrange
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Thursday);
        rig.Begin();
        rig.Complete("individual_work", "no_change");
        rig.Complete("report_5_10", "filed", "class_teacher_informed=2026-09-30", "parent_informed=2026-09-30");

        // Act
        var effects = rig.Complete("find_cause", "found", "cause=absence", "absences=1");

        // Assert: 20 school days from 1 October, past the autumn break.
        Assert.Equal(["MP1", "FP1"], effects.Outbox.Where(o => o.Template == "LowAchiever.DiaryNotice").Select(o => o.Recipient.Id));
        var wait = Assert.Single(effects.NewTimers);
        var due = MachineRig.Calendar.AddSchoolDays(Thursday, 20, 7);
        Assert.Equal((TimerKind.Wait, Kernel.Time.IsoDate.Text(due)), (wait.Kind, wait.Due));
        Assert.Equal((JournalKind.Waiting, Kernel.Time.IsoDate.Text(due)), (effects.Journal[^1].Kind, effects.Journal[^1].Detail));

        // Act 2: the wait ends; the subject teacher reviews.
        rig.Today = due;
        var elapsed = rig.Apply(m => m.Fire(wait, null));

        // Assert 2
        Assert.Equal(JournalKind.WaitElapsed, elapsed.Journal[0].Kind);
        Assert.Equal("review", Assert.Single(elapsed.NewTasks).Step);
    }

    [Fact]
    public void Begin_WaitUntilYearEnd_WaitsForTheLastDayOfTheSchoolYear()
    {
        // Act
        var effects = MachineRig.Load(YearEnd, "year-end", Thursday).Begin();

        // Assert
        Assert.Equal(Kernel.Time.IsoDate.Text(MachineRig.Calendar.End), Assert.Single(effects.NewTimers).Due);
    }

    [Fact]
    public void Begin_WaitUntilYearEndAfterTheYearEnded_EndsAtTheNextTick()
    {
        // Arrange: a day after the calendar's year.
        var late = MachineRig.Calendar.End.AddDays(10);

        // Act
        var effects = MachineRig.Load(YearEnd, "year-end", late).Begin();

        // Assert
        Assert.Equal(Kernel.Time.IsoDate.Text(late), Assert.Single(effects.NewTimers).Due);
    }

    [Fact]
    public void Begin_WaitUntilADate_WaitsForThatDay()
    {
        // Arrange
        const string Until = """
            workflow "until" version 1 key pupil
              step hold: wait until 2026-12-25 -> fin
              step fin: end "over"
            end
            """;

        // Act
        var effects = MachineRig.Load(Until, "until", Thursday).Begin();

        // Assert
        Assert.Equal("2026-12-25", Assert.Single(effects.NewTimers).Due);
    }

    [Fact]
    public void Begin_Parallel_InvitesTheParentsAndWaitsForTheMeeting()
    {
        // Act
        var rig = MachineRig.Load(Branches, "branches", Thursday);
        var effects = rig.Begin();

        // Assert: the notify branch joins at once (one branch left); the meeting is a task of the deputy director.
        Assert.Equal(["MP1", "FP1"], effects.Outbox.Where(o => o.Template == "LowAchiever.CouncilInvitation").Select(o => o.Recipient.Id));
        var joined = Assert.Single(effects.Journal, j => j.Kind == JournalKind.BranchJoined);
        Assert.Equal(("fork", "1"), (joined.Step, joined.Detail));
        Assert.Equal(("meet", Some.Deputy), (rig.Task("meet").Step, rig.Task("meet").Assignee));
        Assert.Equal("tell,meet", Assert.Single(effects.Journal, j => j.Kind == JournalKind.ParallelStarted).Detail);
        Assert.Empty(effects.SubStarts);
    }

    [Fact]
    public void Complete_LastBranch_JoinsAndStartsTheCouncil()
    {
        // Arrange
        var rig = MachineRig.Load(Branches + TestWorkflowsCouncil, "branches", Thursday);
        rig.Begin();

        // Act
        var effects = rig.Complete("meet", "held");

        // Assert
        var joined = Assert.Single(effects.Journal, j => j.Kind == JournalKind.BranchJoined);
        Assert.Equal(("fork", "0"), (joined.Step, joined.Detail));
        var (workflow, token) = Assert.Single(effects.SubStarts);
        Assert.Equal("pedagogical-council", workflow);
        Assert.Equal((JournalKind.SubStarted, "after", "pedagogical-council"), (effects.Journal[^1].Kind, effects.Journal[^1].Step, effects.Journal[^1].Detail));
        Assert.Equal(Assert.Single(rig.State.Tokens).Id, token);
        Assert.Equal("after", rig.State.Tokens[0].Step);
        Assert.Empty(rig.State.Frames);
    }

    [Fact]
    public void Complete_LastBranchWithoutTheSubWorkflow_RecordsAnIncidentAndWaits()
    {
        // Arrange: the catalog has no "pedagogical-council".
        var rig = MachineRig.Load(Branches, "branches", Thursday);
        rig.Begin();

        // Act
        var effects = rig.Complete("meet", "held");

        // Assert
        Assert.Empty(effects.SubStarts);
        Assert.Equal(("after", "pedagogical-council"), (effects.Journal[^1].Step, effects.Journal[^1].Detail));
        Assert.Equal(JournalKind.Incident, effects.Journal[^1].Kind);
        Assert.True(rig.State.IsOpen);
    }

    [Fact]
    public void Fire_SubCaseEnded_KeepsItsResultAndCloses()
    {
        // Arrange
        var rig = MachineRig.Load(Branches + TestWorkflowsCouncil, "branches", Thursday);
        rig.Begin();
        rig.Complete("meet", "held");
        var token = rig.State.Tokens[0].Id;

        // Act
        var effects = rig.Apply(m => m.Fire(new TimerRecord { CaseId = 7, Token = token, Kind = TimerKind.SubCase, Due = "2026-10-01", Payload = "decided" }, null));

        // Assert
        Assert.Equal("decided", rig.State.Variables["after"]);
        Assert.Equal((JournalKind.SubEnded, "decided"), (effects.Journal[0].Kind, effects.Journal[0].Detail));
        Assert.Equal("council", rig.State.Result);
    }

    [Fact]
    public void Close_SubCase_SignalsItsParentWithTheResult()
    {
        // Arrange: this case was started by step token 5 of case 3.
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Thursday);
        rig.State.ParentCaseId = 3;
        rig.State.ParentToken = 5;
        rig.Begin();

        // Act
        var effects = rig.Complete("individual_work", "improved");

        // Assert
        var signal = effects.ParentSignal!;
        Assert.Equal((3L, 5, TimerKind.SubCase, "2026-10-01", "improved"), (signal.CaseId, signal.Token, signal.Kind, signal.Due, signal.Payload));
    }

    [Fact]
    public void Fire_EscalationToAStep_OpensTheDeputysTaskBesideAndLeavesTheTeachersTask()
    {
        // Arrange
        var rig = MachineRig.Load(Beside, "beside", Thursday);
        rig.Begin();
        var task = rig.Task("work");

        // Act
        var effects = rig.Apply(m => m.Fire(new TimerRecord { CaseId = 7, Token = task.Token, Kind = TimerKind.Escalate, Due = "2026-10-08" }, task));

        // Assert: the teacher keeps the work; the deputy director gets a task of their own.
        Assert.Empty(effects.TaskUpdates);
        var own = Assert.Single(effects.NewTasks);
        Assert.Equal(("look_into", Some.Deputy), (own.Step, own.Assignee));
        var entry = Assert.Single(effects.Journal, j => j.Kind == JournalKind.Escalated);
        Assert.Equal("deputy_director", entry.Detail);
        Assert.Contains("\"step\":\"look_into\"", entry.Data, StringComparison.Ordinal);
        Assert.Equal(2, rig.State.Tokens.Count);

        // Act 2: the deputy's line ends; the case goes on along the teacher's.
        var seen = rig.Complete("look_into", "seen", "why=sick");

        // Assert 2
        Assert.Equal((JournalKind.BranchJoined, "0"), (seen.Journal[^1].Kind, seen.Journal[^1].Detail));
        Assert.Equal("work", Assert.Single(rig.State.Tokens).Step);
        Assert.True(rig.State.IsOpen);
    }

    [Fact]
    public void Begin_PupilUnknownToTheSchool_RecordsThatNobodyWasTold()
    {
        // Act
        var effects = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Thursday, pupil: "P99").Begin();

        // Assert
        Assert.Empty(effects.Outbox);
        var none = Assert.Single(effects.Journal, j => j.Kind == JournalKind.NoRecipient);
        Assert.Equal(("start", "class_teacher,parents"), (none.Step, none.Detail));
    }

    [Fact]
    public void Begin_ClassTeacherWhoIsAlsoTheSubjectTeacher_GetsOneMessage()
    {
        // Arrange: a notify step to the class teacher and the subject teacher, who are one person (T1 teaches 7A math).
        var data = Some.School(new Kernel.Schools.School(1, "School 97", Kernel.Schools.Country.Kg, [Localization.Language.Ky], false, "2026-2027"));
        data = data with { Teaching = [new Kernel.Schools.Teaching("7A", "MATH", Some.ClassTeacher)] };
        const string Both = """
            workflow "both" version 1 key pupil
              step tell: notify class_teacher, subject_teacher template "LowAchiever.Started" -> fin
              step fin: end "told"
            end
            """;

        // Act
        var effects = MachineRig.Load(Both, "both", Thursday, data: data).Begin();

        // Assert
        Assert.Equal([Some.ClassTeacher], effects.Outbox.Select(o => o.Recipient.Id));
    }

    [Fact]
    public void Reassign_ToAnotherTeacher_TellsThemWithTheDueDay()
    {
        // Arrange
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Thursday);
        rig.Begin();
        var task = rig.Task("individual_work");

        // Act
        var effects = rig.Apply(m => m.Reassign(task with { ClaimedBy = "T2" }, Some.OtherTeacher, "on leave"), "D1");

        // Assert
        var update = Assert.Single(effects.TaskUpdates);
        Assert.Equal(("subject_teacher", Some.OtherTeacher, (string?)null), (update.Role, update.Assignee, update.ClaimedBy));
        var entry = Assert.Single(effects.Journal);
        Assert.Equal((JournalKind.Reassigned, "on leave", "D1"), (entry.Kind, entry.Detail, entry.Actor));
        Assert.Equal("{\"from\":\"T2\",\"to\":\"T3\"}", entry.Data);
        var message = Assert.Single(effects.Outbox);
        Assert.Equal(("Task.Reassigned", Some.OtherTeacher, entry.Seq), (message.Template, message.Recipient.Id, message.Seq));
    }

    [Fact]
    public void Claim_ByATeacher_MakesThemTheAssigneeAndClaimant()
    {
        // Arrange
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Thursday);
        rig.Begin();
        var task = rig.Task("individual_work");

        // Act
        var effects = rig.Apply(m => m.Claim(task, Some.OtherTeacher), "T3");

        // Assert
        var update = Assert.Single(effects.TaskUpdates);
        Assert.Equal((Some.OtherTeacher, Some.OtherTeacher), (update.Assignee, update.ClaimedBy));
        Assert.Equal((JournalKind.Claimed, Some.OtherTeacher, "individual_work"), (effects.Journal[0].Kind, effects.Journal[0].Detail, effects.Journal[0].Step));
        Assert.Empty(effects.Outbox);
    }

    [Fact]
    public void CommentAndAcknowledge_AreJournalled()
    {
        // Arrange
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Thursday);
        rig.Begin();
        var task = rig.Task("individual_work");

        // Act
        var comment = rig.Apply(m => m.Comment(task, "called the parent"));
        var general = rig.Apply(m => m.Comment(null, "note"));
        var ack = rig.Apply(m => m.Acknowledge(42));

        // Assert
        Assert.Equal((JournalKind.Commented, "individual_work", "called the parent"), (comment.Journal[0].Kind, comment.Journal[0].Step, comment.Journal[0].Detail));
        Assert.Equal(task.Token, comment.Journal[0].Token);
        Assert.Null(general.Journal[0].Step);
        Assert.Equal((JournalKind.Acknowledged, "42"), (ack.Journal[0].Kind, ack.Journal[0].Detail));
    }

    private static string TestWorkflowsCouncil => "\n" + Parsing.PolicyTexts.CouncilKy;
}
