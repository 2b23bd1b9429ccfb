using System.Globalization;
using System.Text.RegularExpressions;
using InternalControl.Application.Cases;
using InternalControl.Application.Access;
using InternalControl.Application.Control;
using InternalControl.Application.Dashboards;
using InternalControl.Application.Documents;
using InternalControl.Application.Plans;
using InternalControl.Application.Reports;
using InternalControl.Application.Teachers;
using InternalControl.Application.Policies;
using InternalControl.Application.Tests.Control;
using InternalControl.Kernel.Policies;
using InternalControl.Localization;
using InternalControl.Testing.Policies;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// The features over the Kazakh matrix and plan and the No. 97 council find their workflow, key parts, fields and
/// table by the policy's report tags, not by their names: a school's copy of a shipped file that renames them (attached
/// over it, as `ic policy set` does) keeps the re-scoring, the month's planned controls, the matrix panel and the
/// council's minutes working.
/// </summary>
public sealed partial class RenamedPolicyNamesTests
{
    private static readonly DateOnly October = new(2026, 10, 20);

    /// <summary>The decision matrix's tables (seed 000 §3.2-3.4) and the names a renaming copy gives them.</summary>
    private static readonly (string Table, string Renamed)[] MatrixTables =
    [
        ("matrix_sheets", "бағалау_парақтары"),
        ("matrix_actions", "шешім_әрекеттері"),
        ("matrix_recontrol", "қайта_бақылау_керек"),
        ("matrix_venue", "қарау_орны"),
        ("matrix_output", "қорытынды_құжат"),
        ("matrix_contest", "байқау_критерийі"),
    ];

    [Fact]
    public void Rescore3_4_CopyThatRenamesTheWorkflowItsKeyTheGroupFieldAndTable_GroupsTheScoresAndRoutes()
    {
        // Arrange: seed 000 §3.2-3.4 with "recontrol", its key parts object and sheet, the field group and the table
        // group_of renamed; the planned teacher's re-control reaches its rescore.
        using var school = new KzRecontrolSchool(October, RenamedMatrix());
        var recontrol = school.AtRescore();
        var task = Assert.Single(school.Tasks(recontrol));

        // Act: every criterion of III.3 scored 2, mean 2.
        var scored = Rescore.Submit(school.Session, task.Id, Enumerable.Range(1, 6).ToDictionary(c => c, _ => 2), KzRecontrolSchool.Deputy);

        // Assert: the renamed table's bands put it in C and the renamed field routes the case out of control (§3.3).
        Assert.True(scored.Ok, scored.Message(Language.En));
        var summary = school.Runtime.Case(recontrol)!;
        Assert.Equal(("қайта-бақылау", "left_control"), (summary.Workflow, summary.Result));
        Assert.Equal("C", school.Runtime.Journal(recontrol).Last(e => e.Kind == JournalKind.TaskCompleted && e.Step == "rescore").Data["нәтиже_тобы"]);
    }

    [Fact]
    public void Recontrol2_6_CopyThatRenamesTheWorkflowAndItsKeyParts_ThePlansVenueHearsItByItsChair()
    {
        // Arrange: seed 000 §2.6 and §3.4 under the renaming copy: the plan controls t010 on III.3 at the methodological
        // council, so its re-control carries that venue, and the council's head hears it.
        using var school = new KzRecontrolSchool(October, RenamedMatrix());
        school.Session.Evaluate();
        var planned = school.Recontrol(KzRecontrolSchool.Planned);

        // Act
        school.Complete(planned, "done", new Dictionary<string, string> { ["output_date"] = "2026-10-20" });

        // Assert
        var council = Assert.Single(school.Tasks(planned));
        Assert.Equal(("hear_council", KzRecontrolSchool.CouncilHead), (council.Step, council.Assignee));
    }

    [Fact]
    public void Matrix3_4_CopyThatRenamesTheWorkflowAndItsKeyParts_ThePanelListsTheSameRecontrols()
    {
        // Arrange: seed 000 §3.4, both teachers in group A on III.3 in October, under the shipped file and under the
        // renaming copy.
        using var shipped = new KzRecontrolSchool(October);
        using var renamed = new KzRecontrolSchool(October, RenamedMatrix());

        // Act
        var expected = Recontrols(shipped);
        var actual = Recontrols(renamed);

        // Assert: November's panel of the director lists both re-controls, with their objects and sheets, under either name.
        Assert.Equal([(KzRecontrolSchool.Planned, "III.3"), (KzRecontrolSchool.Unplanned, "III.3")], expected.Select(r => (r.ObjectId, r.Sheet)).Order());
        Assert.Equal(expected.Select(r => (r.ObjectId, r.Sheet, r.Due)), actual.Select(r => (r.ObjectId, r.Sheet, r.Due)));
    }

    [Fact]
    public void Matrix3_3_CopyThatRenamesTheMatrixTables_DecidesEverySheetAndGroupAsTheShippedFile()
    {
        // Arrange: seed 000 §3.2-3.4, the tables of the sheets, actions, re-control, venue, output and contest criterion
        // renamed in a copy of the shipped file.
        var sources = PolicyText.Shipped("kz").Select(s => s.File == "10-kazakh-internal-control.icp" ? RenamedMatrix() : s).ToList();
        var compiled = PolicyHost.Compile(sources);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics.Select(d => d.Message(Language.En))));
        Assert.All(MatrixTables, t => Assert.Null(compiled.Value!.Rules.Table(t.Table)));

        // Act
        var renamed = DecisionMatrix.From(compiled.Value!.Rules);

        // Assert: the same 29 sheets, criteria, contest criteria and decisions for A, B and C.
        Assert.NotNull(renamed);
        var shipped = ShippedMatrix.Kazakh;
        Assert.Equal(29, renamed.Sheets.Count);
        Assert.Equal(shipped.Sheets.Select(Read), renamed.Sheets.Select(Read));

        static string Read(MatrixSheet sheet) =>
            $"{sheet.Id} {sheet.Direction} {sheet.Criteria.Count} {sheet.ContestCriterion} " + string.Join(
                " ",
                sheet.Decisions.OrderBy(d => d.Key).Select(d => $"{d.Key}:{string.Join(",", d.Value.Actions)}/{d.Value.Venue}/{d.Value.Output}/{d.Value.Recontrol}/{d.Value.LeavesControl}"));
    }

    [Fact]
    public void Recontrol3_4_CopyThatRenamesTheWorkflowAndItsKeyParts_TheCaseReadsAsItsObjectAndSheet()
    {
        // Arrange: seed 000 §3.4 under the renaming copy: t010's re-control on III.3, a case about no pupil.
        using var school = new KzRecontrolSchool(October, RenamedMatrix());
        school.Session.Evaluate();
        var summary = school.Runtime.Case(school.Recontrol(KzRecontrolSchool.Planned))!;

        // Act
        var about = CaseObjects.Describe(summary, school.Runtime, school.Session.Data, new Localizer(Language.Kk));

        // Assert: the object's name and the sheet, read from the renamed key's parts by their position.
        Assert.Equal(("қайта-бақылау", "бақыланатын=t010;бағалау_парағы=III.3"), (summary.Workflow, summary.Key));
        Assert.StartsWith("Тоқтаров Санжар Ернұрұлы · III.3 ", about, StringComparison.Ordinal);
        Assert.True(about!.Length > "Тоқтаров Санжар Ернұрұлы · III.3 ".Length);
    }

    [Fact]
    public void Policy5_CopyThatRenamesTheFindingsWorkflowAndItsKeyParts_TheRegisterAndTheInboxReadTheFinding()
    {
        // Arrange: seed 003, DOMAIN policy 5, under the shipped file and under a copy that renames "teacher-remediation"
        // and its key parts teacher, finding and since; the director records an attestation's finding about t011.
        using var shipped = new KzRecontrolSchool(October);
        using var renamed = new KzRecontrolSchool(October, RenamedTeachers());

        // Act
        var expected = Finding(shipped);
        var actual = Finding(renamed);

        // Assert: the renamed case is keyed by the renamed parts, and the register's row and the teacher's inbox read the
        // teacher, the finding and its date from them as from the shipped ones.
        Assert.Equal(("мұғалім-кемшілігі", "мұғалім=t011;кемшілік=state_attestation;бастап=2026-10-20"), (actual.Workflow, actual.Key));
        Assert.Equal("Әбенова Динара Серікқызы", expected.Row[0]);
        Assert.Equal("2026-10-20", expected.Row[4]);
        Assert.EndsWith(": Ашық сабақ өтпеген", expected.Row[2], StringComparison.Ordinal);
        Assert.StartsWith("Әбенова Динара Серікқызы · ", expected.About, StringComparison.Ordinal);
        Assert.Equal(expected.Row, actual.Row);
        Assert.Equal(expected.About, actual.About);
    }

    [Fact]
    public void Plan2_1_CopyThatRenamesTheWorkflowAndItsKeyParts_OpensTheMonthsControlsForTheirResponsiblePeople()
    {
        // Arrange: Order No. 130, seed 000 §2.1, with "plan-control" and its key parts control and month renamed.
        using var school = new KzPlanSchool(new DateOnly(2027, 1, 11), policy: RenamedPlan());

        // Act
        var started = school.StartMonth();

        // Assert: January's two controls are cases of the renamed workflow, each the task of the person the plan names,
        // keyed by the renamed parts, and the inbox names each control.
        Assert.Equal(["2.21", "2.16"], started.Select(s => s.Control.Id));
        var tasks = school.Inbox();
        Assert.Equal(
            [("жоспарлы-бақылау", KzPlanSchool.MathsTeacher), ("жоспарлы-бақылау", KzPlanSchool.Psychologist)],
            tasks.OrderBy(t => t.CaseId).Select(t => (t.Workflow, t.Assignee)));
        Assert.Equal("бақылау_жолы=2.21;бақылау_айы=2027-01", school.Runtime.Case(started[0].CaseId)!.Key);
        Assert.Equal(2, PlanInbox.Titles(school.Session, new Localizer(Language.Kk)).Count);
    }

    [Fact]
    public void Plan2_1_CopyThatAddsARenamedWorkflowBesideTheShippedOne_IsRefusedAtTheSecondTag()
    {
        // Arrange: Order No. 130, seed 000 §2.1: a copy that writes "жоспарлы-бақылау" beside "plan-control", both tagged
        // plan_control, and a copy of the matrix file with a second table tagged hearing_venue (§3.3).
        var plan = Shipped("kz", "30-internal-control-plan.icp");
        var block = PlanControlBlock().Match(plan.Text).Value;
        Assert.NotEmpty(block);
        var twoWorkflows = new PolicySource(plan.File, plan.Text + "\n" + block.Replace("\"plan-control\"", "\"жоспарлы-бақылау\"", StringComparison.Ordinal) + "\n");
        var matrix = Shipped("kz", "10-kazakh-internal-control.icp");
        var venues = VenueTable().Match(matrix.Text).Value;
        Assert.NotEmpty(venues);
        var twoTables = new PolicySource(matrix.File, matrix.Text + "\n" + venues.Replace("table matrix_venue", "table қарау_орны", StringComparison.Ordinal) + "\n");

        // Act
        var compiled = PolicyHost.Compile([.. PolicyText.Shipped("kz").Select(s => s.File == plan.File ? twoWorkflows : s.File == matrix.File ? twoTables : s)]);

        // Assert: one error at each second tag; the set is not loaded, so no feature picks one of two.
        Assert.False(compiled.Succeeded);
        var errors = compiled.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(
            [("IC2110", matrix.File, "hearing_venue"), ("IC2110", plan.File, "plan_control")],
            errors.Select(e => (e.Code, e.Span.File, (e.Span.File == plan.File ? twoWorkflows : twoTables).Text.Substring(e.Span.Offset, e.Span.Length))).OrderBy(e => e.Item2, StringComparer.Ordinal));
        Assert.Contains(errors, e => e.Message(Language.En).StartsWith("«plan_control» already tags workflow «plan-control» (line ", StringComparison.Ordinal));
    }

    [Fact]
    public void Clause9_5_CopyThatRenamesTheCouncilsWorkflowStepAndFields_TheMinutesListTheDecision()
    {
        // Arrange: No. 97 9.5 with "pedagogical-council", its step council and the fields decision, minutes_number and
        // minutes_date renamed; the pupil's case reaches the council, which decides a repeat course.
        using var school = Kg97School.WithCase(RenamedCouncil());
        school.FindCause("unwillingness");
        school.ParentCame();
        school.Complete("preventive_work", "done");
        school.MoveTo(new DateOnly(2026, 11, 20));
        school.Complete("review", "failed");
        school.Complete("council_meeting", "held", ("decision", "педкеңешке сунуштоо"));
        school.MoveTo(new DateOnly(2027, 5, 28));
        var done = school.Complete("кеңеш_отуруму", "decided", ("чечим", "repeat_course"), ("протокол_номери", "7"), ("протокол_күнү", "2027-05-28"));
        Assert.True(done.Ok, done.Message(Language.En));

        // Act
        var decision = Assert.Single(CouncilDecisions.Of(school.Session, new DateOnly(2026, 9, 1), new DateOnly(2027, 5, 31)));

        // Assert
        Assert.Equal((Kg97School.Pupil, "repeat_course", "7", new DateOnly(2027, 5, 28)), (decision.PupilId, decision.Decision, decision.MinutesNumber, decision.MinutesDate));
    }

    /// <summary>
    /// Records a finding about t011 by hand (seed 003, an attestation's conclusion); its case's workflow and key, the
    /// findings register's row (its opened date and its status, the step's text by the workflow's name, left out) and what the teacher's inbox says the task is about.
    /// </summary>
    private static (string Workflow, string Key, IReadOnlyList<string> Row, string? About) Finding(KzRecontrolSchool school)
    {
        var recorded = TeacherFindings.Record(school.Session, KzRecontrolSchool.Unplanned, "Ашық сабақ өтпеген", TeacherFindingSource.Attestation, KzRecontrolSchool.Director);
        Assert.True(recorded.Succeeded, string.Join("\n", recorded.Diagnostics.Select(d => d.Message(Language.En))));
        var summary = recorded.Value!;
        var table = ReportCatalog.Build(new ReportRequest(TeacherFindingsReport.Name), school.Session, new Localizer(Language.Kk));
        var row = Assert.Single(table.Rows);
        var task = Assert.Single(school.Runtime.Tasks(new TaskQuery { Holder = KzRecontrolSchool.Unplanned }));
        var about = CaseObjects.Describe(school.Runtime.Case(task.CaseId)!, school.Runtime, school.Session.Data, new Localizer(Language.Kk));
        return (summary.Workflow, summary.Key, [.. row.Skip(1).SkipLast(1).Select(c => c.Format(CultureInfo.InvariantCulture))], about);
    }

    private static IReadOnlyList<MatrixRecontrol> Recontrols(KzRecontrolSchool school)
    {
        // Opened on 20 October; their first tasks (10 school days, past the autumn vacation) fall due in November.
        school.Session.Evaluate();
        school.MoveTo(new DateOnly(2026, 11, 10));
        var director = PupilAccess.For(new Person(school.Workspace.School.Id, PersonKind.Staff, KzRecontrolSchool.Director), school.Session.Data, school.Runtime);
        return Assert.IsType<MatrixPanel>(MatrixPanel.Build(school.Session, director)).RecontrolsDue;
    }

    /// <summary>
    /// A copy of the Kazakh matrix file (10-kazakh-internal-control.icp) with the table group_of, the decision matrix's
    /// tables (<see cref="MatrixTables"/>), the workflow "recontrol", its key parts and its field group renamed; the
    /// report tags stay.
    /// </summary>
    private static PolicySource RenamedMatrix()
    {
        var file = Shipped("kz", "10-kazakh-internal-control.icp");
        var text = Regex.Replace(file.Text, @"\bgroup_of\b", "орташа_топ").Replace("\"recontrol\"", "\"қайта-бақылау\"", StringComparison.Ordinal);
        foreach (var (table, renamedTable) in MatrixTables)
        {
            text = Regex.Replace(text, $@"\b{table}\b", renamedTable);
        }

        var workflow = RecontrolBlock().Match(text).Value;
        Assert.NotEmpty(workflow);
        var renamed = workflow
            .Replace("key object, sheet", "key бақыланатын, бағалау_парағы", StringComparison.Ordinal)
            .Replace("field group choice", "field нәтиже_тобы choice", StringComparison.Ordinal)
            .Replace("when group in [C]", "when нәтиже_тобы in [C]", StringComparison.Ordinal);
        return new PolicySource(file.File, text.Replace(workflow, renamed, StringComparison.Ordinal));
    }

    /// <summary>A copy of the Kazakh plan file (30-internal-control-plan.icp) with "plan-control" and its key parts renamed.</summary>
    private static PolicySource RenamedPlan()
    {
        var file = Shipped("kz", "30-internal-control-plan.icp");
        return new PolicySource(file.File, file.Text
            .Replace("\"plan-control\"", "\"жоспарлы-бақылау\"", StringComparison.Ordinal)
            .Replace("key control, month", "key бақылау_жолы, бақылау_айы", StringComparison.Ordinal));
    }

    /// <summary>
    /// A copy of the No. 97 file with "pedagogical-council", its step council and the fields of the council's decision
    /// renamed; the report tags (after `эсеп`) stay.
    /// </summary>
    private static PolicySource RenamedCouncil()
    {
        var file = Shipped("kg", "10-school-97-low-achievers.icp");
        var text = file.Text.Replace("\"pedagogical-council\"", "\"педагогикалык-кеңеш\"", StringComparison.Ordinal);
        var workflow = CouncilBlock().Match(text).Value;
        Assert.NotEmpty(workflow);
        var renamed = Regex.Replace(workflow, @"\bcouncil\b", "кеңеш_отуруму");
        foreach (var (from, to) in new[] { ("decision", "чечим"), ("minutes_number", "протокол_номери"), ("minutes_date", "протокол_күнү") })
        {
            renamed = Regex.Replace(renamed, $@"(?<!эсеп )\b{from}\b", to);
        }

        return new PolicySource(file.File, text.Replace(workflow, renamed, StringComparison.Ordinal));
    }

    /// <summary>
    /// A copy of the Kazakh teachers' file (30-teachers.icp) with "teacher-remediation" and its key parts teacher,
    /// finding and since renamed; the report tag stays.
    /// </summary>
    private static PolicySource RenamedTeachers()
    {
        var file = Shipped("kz", "30-teachers.icp");
        var text = file.Text.Replace("\"teacher-remediation\"", "\"мұғалім-кемшілігі\"", StringComparison.Ordinal);
        var workflow = FindingsBlock().Match(text).Value;
        Assert.NotEmpty(workflow);
        var renamed = workflow.Replace("key teacher, finding, since", "key мұғалім, кемшілік, бастап", StringComparison.Ordinal);
        renamed = Regex.Replace(renamed, @"\bassignee teacher\b", "assignee мұғалім");
        Assert.DoesNotContain(" teacher\n", renamed, StringComparison.Ordinal);
        return new PolicySource(file.File, text.Replace(workflow, renamed, StringComparison.Ordinal));
    }

    private static PolicySource Shipped(string country, string file) => PolicyText.Shipped(country).Single(f => f.File == file);

    [GeneratedRegex(@"^workflow ""қайта-бақылау"".*?^end$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex RecontrolBlock();

    [GeneratedRegex(@"^workflow ""мұғалім-кемшілігі"".*?^end$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FindingsBlock();

    [GeneratedRegex(@"^workflow ""plan-control"".*?^end$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex PlanControlBlock();

    [GeneratedRegex(@"^table matrix_venue .*?^end$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex VenueTable();

    [GeneratedRegex(@"^процесс ""педагогикалык-кеңеш"".*?^аягы$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CouncilBlock();
}
