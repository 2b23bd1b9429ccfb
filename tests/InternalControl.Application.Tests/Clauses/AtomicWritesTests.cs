using System.Data.Common;
using System.Globalization;
using InternalControl.Application.Control;
using InternalControl.Application.Teachers;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// Issue 14, hardening: "No input may crash a process ... or leave half a write". A re-scoring completes its task and
/// saves the criterion scores; a teacher finding starts its case and writes the finding into the case's journal. Each
/// pair is one transaction: a fault in the second write (a real trigger in the school's database file) leaves the
/// first undone too, the caller sees the database's error, and the same request succeeds once the fault is gone.
/// </summary>
public sealed class AtomicWritesTests
{
    private static readonly DateOnly October = new(2026, 10, 20);
    private static readonly DateOnly March1 = new(2027, 3, 1);
    private static readonly int[] Criteria = [2, 2, 2, 1, 2, 2];

    [Fact]
    public void Submit_TheScoresFailToSave_TheTaskStaysOpenAndNoScoreIsKept()
    {
        // Arrange: the planned teacher's re-control at its rescore; every insert into scores fails.
        using var school = new KzRecontrolSchool(October);
        var planned = school.AtRescore();
        var task = Assert.Single(school.Tasks(planned));
        school.FailInserts("scores");

        // Act
        var thrown = Record.Exception(() => Rescore.Submit(school.Session, task.Id, Scores(Criteria), KzRecontrolSchool.Deputy));

        // Assert: the database's error reaches the caller; the case has not moved on and no score of the day is stored.
        Assert.IsAssignableFrom<DbException>(thrown);
        var still = Assert.Single(school.Tasks(planned));
        Assert.Equal((task.Id, "rescore", WorkTaskStatus.Open), (still.Id, still.Step, still.Status));
        Assert.Null(school.Runtime.Case(planned)!.Result);
        Assert.DoesNotContain(SavedScores(school), s => s.Date == March1);
    }

    [Fact]
    public void Submit_AgainAfterAFailedSave_CompletesTheTaskWithItsScores()
    {
        // Arrange: a first submission fails on the scores; the fault is then gone.
        using var school = new KzRecontrolSchool(October);
        var planned = school.AtRescore();
        var task = Assert.Single(school.Tasks(planned));
        school.FailInserts("scores");
        Assert.ThrowsAny<DbException>(() => Rescore.Submit(school.Session, task.Id, Scores(Criteria), KzRecontrolSchool.Deputy));
        school.Heal("scores");

        // Act: the same session submits again, as the head would after the error.
        var scored = Rescore.Submit(school.Session, task.Id, Scores(Criteria), KzRecontrolSchool.Deputy);

        // Assert: mean 11/6, group C, the case leaves control, and the six scores are the school's, dated the day.
        Assert.True(scored.Ok, scored.Message(Language.En));
        Assert.Equal("left_control", school.Runtime.Case(planned)!.Result);
        Assert.Equal(Criteria, SavedScores(school).Where(s => s.ObjectId == KzRecontrolSchool.Planned && s.Date == March1).OrderBy(s => int.Parse(s.Criterion, CultureInfo.InvariantCulture)).Select(s => s.Score));
    }

    [Fact]
    public void Record_TheFindingFailsToReachTheJournal_NoCaseTaskOrMessageIsKept()
    {
        // Arrange: a Kazakh school with its teacher-finding workflow; every comment written into a journal fails.
        using var school = new KzRecontrolSchool(October);
        var outbox = school.Runtime.Outbox().Count;
        school.FailInserts("wf_journal", "NEW.kind = 'Commented'");

        // Act
        var thrown = Record.Exception(() => TeacherFindings.Record(school.Session, KzRecontrolSchool.Unplanned, "Аттестаттау комиссиясы: ашық сабақ өтпеген", TeacherFindingSource.Attestation, KzRecontrolSchool.Director));

        // Assert: the database's error reaches the caller; no case was opened, so no plan waits in the teacher's
        // inbox and nobody was told.
        Assert.IsAssignableFrom<DbException>(thrown);
        Assert.DoesNotContain(school.Runtime.Cases(), c => c.Key.Contains("teacher=" + KzRecontrolSchool.Unplanned, StringComparison.Ordinal));
        Assert.Empty(school.Runtime.Tasks(new TaskQuery { Holder = KzRecontrolSchool.Unplanned }));
        Assert.Equal(outbox, school.Runtime.Outbox().Count);
    }

    [Fact]
    public void Record_AgainAfterAFailedJournal_OpensTheCaseWithTheFindingInItsJournal()
    {
        // Arrange: a first recording fails on the journal; the fault is then gone.
        using var school = new KzRecontrolSchool(October);
        const string Finding = "Аттестаттау комиссиясы: ашық сабақ өтпеген";
        school.FailInserts("wf_journal", "NEW.kind = 'Commented'");
        Assert.ThrowsAny<DbException>(() => TeacherFindings.Record(school.Session, KzRecontrolSchool.Unplanned, Finding, TeacherFindingSource.Attestation, KzRecontrolSchool.Director));
        school.Heal("wf_journal");

        // Act
        var recorded = TeacherFindings.Record(school.Session, KzRecontrolSchool.Unplanned, Finding, TeacherFindingSource.Attestation, KzRecontrolSchool.Director);

        // Assert: one case, not refused as already recorded, with the finding's words in its journal.
        Assert.True(recorded.Succeeded, string.Join("\n", recorded.Diagnostics.Select(d => d.Message(Language.En))));
        var opened = Assert.Single(school.Runtime.Cases(), c => c.Key.Contains("teacher=" + KzRecontrolSchool.Unplanned, StringComparison.Ordinal));
        Assert.Equal(recorded.Value!.Id, opened.Id);
        Assert.Contains(school.Runtime.Journal(opened.Id), e => e.Detail == Finding);
    }

    [Fact]
    public void Record_AFindingTheJournalRefuses_IsRefusedAndNoCaseIsOpened()
    {
        // Arrange: a finding pasted with a control character (a bell, U+0007), which the case journal does not take.
        using var school = new KzRecontrolSchool(October);

        // Act
        var recorded = TeacherFindings.Record(school.Session, KzRecontrolSchool.Unplanned, "Ашық сабақ өтпеген\u0007", TeacherFindingSource.Attestation, KzRecontrolSchool.Director);

        // Assert: the journal's refusal is the answer, and no case waits without its finding.
        Assert.False(recorded.Succeeded);
        Assert.Equal("Мәтінде көрсетуге болмайтын басқару таңбасы бар (19-таңбада U+0007).", Assert.Single(recorded.Diagnostics).Message(Language.Kk));
        Assert.DoesNotContain(school.Runtime.Cases(), c => c.Key.Contains("teacher=" + KzRecontrolSchool.Unplanned, StringComparison.Ordinal));
    }

    private static Dictionary<int, int> Scores(int[] scores) =>
        scores.Select((score, i) => (Criterion: i + 1, Score: score)).ToDictionary(p => p.Criterion, p => p.Score);

    private static IReadOnlyList<EvaluationScore> SavedScores(KzRecontrolSchool school) =>
        school.Workspace.Database.Scores.WithScores(school.Workspace.Load()).Scores;
}
