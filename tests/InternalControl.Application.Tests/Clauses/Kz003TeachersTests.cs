using System.Globalization;
using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Registers;
using InternalControl.Application.Reports;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Testing;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// Issue 14 finding 5, seed 003 (the appendix of Order No. 486, criterion 2: a teacher raises or confirms the category
/// "кемінде бес жылда бір рет"; criterion 3: courses "кемінде үш жылда бір рет") and DOMAIN policy 5 (finding -> norm ->
/// corrective action -> evidence -> verification -> closed): on a small Kazakh school set up as `ic init --country kz`
/// and `ic import` leave it, with teacher_qualifications.csv, the nightly evaluation opens a finding for each teacher
/// whose category or course falls due within 120 days; the teacher writes the plan and hands in the evidence in their own
/// inbox, and the deputy director checks it.
/// </summary>
public sealed class Kz003TeachersTests
{
    private const string Deputy = "t002";
    private const string Expert = "t010";
    private const string Moderator = "t011";
    private const string Master = "t020";

    /// <summary>Tuesday 20 October 2026, the Kazakh 2026-2027 school year.</summary>
    private static readonly DateOnly Oct20 = new(2026, 10, 20);

    [Fact]
    public void Criteria2And3_CategoryAndCourseDueWithin120Days_OpenAFindingInTheTeachersOwnInbox()
    {
        // Arrange: t010 attested 2021-06-15 (due 2026-06-15, 1,705 days on 2026-02-14), t020's course 2023-09-01 (due
        // 2026-09-01), t011 attested 2024 and trained 2025: nothing due.
        using var school = new Kz003School(Oct20);

        // Act
        school.Session.Evaluate();

        // Assert
        Assert.Equal(
            ["teacher=t010;finding=attestation;since=2021-06-15", "teacher=t020;finding=training;since=2023-09-01"],
            school.Session.Runtime.Cases().Where(c => c.Workflow == "teacher-remediation").Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal("plan", Assert.Single(school.Inbox(Expert)).Step);
        Assert.Equal("plan", Assert.Single(school.Inbox(Master)).Step);
        Assert.Empty(school.Inbox(Moderator));
        Assert.Equal("Кемшілікті жою жоспары", school.Inbox(Expert)[0].Title(Language.Kk));

        // Where a pupil goes, the teacher and the finding in the reader's words, never the key.
        var finding = school.Session.Runtime.Cases().Single(c => c.Key.StartsWith("teacher=t010;", StringComparison.Ordinal));
        Assert.Equal("Сейітова Әйгерім Болатқызы · санатты растау мерзімі келді (2-өлшемшарт)",
            CaseObjects.Describe(finding, school.Session.Runtime, school.Session.Data, new Localizer(Language.Kk)));
        var training = school.Session.Runtime.Cases().Single(c => c.Key == "teacher=t020;finding=training;since=2023-09-01");
        Assert.Equal("Ким Елена Викторовна · подходит срок курсов повышения квалификации (критерий 3)",
            CaseObjects.Describe(training, school.Session.Runtime, school.Session.Data, new Localizer(Language.Ru)));
    }

    [Fact]
    public void Policy5_PlanEvidenceCheckReturnedThenAccepted_TheRegisterShowsTheFindingEliminated()
    {
        // Arrange
        using var school = new Kz003School(Oct20);
        school.Session.Evaluate();

        // Act: the plan, the evidence; the deputy director returns it; a second plan and evidence; accepted.
        school.Complete(Expert, "plan", "planned", ("action", "Аттестаттауға өтініш беру"), ("preventive", "Портфолионы жыл сайын толықтыру"));
        school.Complete(Expert, "fix", "fixed", ("evidence", "Өтініш"), ("evidence_date", "2026-10-20"));
        school.Complete(Deputy, "check", "returned", ("comments", "Бұйрық жоқ"));
        school.Complete(Expert, "plan", "planned", ("action", "Аттестаттаудан өту, бұйрықты тапсыру"));
        school.Complete(Expert, "fix", "fixed", ("evidence", "Бұйрық № 45, педагог-сарапшы санаты расталды"), ("evidence_date", "2026-10-20"));
        school.Complete(Deputy, "check", "accepted");

        // Assert: closed as eliminated; the register row shows the latest plan, evidence and check in Kazakh.
        var closed = Assert.Single(school.Session.Runtime.Cases(), c => c.Key == "teacher=t010;finding=attestation;since=2021-06-15");
        Assert.Equal("remedied", closed.Result);
        Assert.Equal(6, school.Session.Registers.Entries(RegisterCodes.TeacherFindings, Oct20, Oct20).Count);
        var table = ReportCatalog.Build(new ReportRequest(TeacherFindingsReport.Name), school.Session, new Localizer(Language.Kk));
        var row = Assert.Single(table.Rows, r => r[table.ColumnIndex("teacher")].Text == "Сейітова Әйгерім Болатқызы");
        string? Cell(string column) => row[table.ColumnIndex(column)].Format(CultureInfo.GetCultureInfo("kk-KZ"));
        Assert.Equal("педагог-сарапшы", Cell("category"));
        Assert.Equal("санатты растау мерзімі келді (2-өлшемшарт)", Cell("finding"));
        Assert.StartsWith("Білім беру ұйымдарын бағалау өлшемшарттары (№ 486 бұйрық), 2-қосымша, 2-өлшемшарт", Cell("norm"), StringComparison.Ordinal);
        Assert.Equal("2021-06-15", Cell("since"));
        Assert.Equal("Аттестаттаудан өту, бұйрықты тапсыру", Cell("action"));
        Assert.Equal("Бұйрық № 45, педагог-сарапшы санаты расталды", Cell("evidence"));
        Assert.Equal("Жұмабаева Гүлнар Серікқызы", Cell("checked_by"));
        Assert.Equal("қабылданды", Cell("check"));
        Assert.Equal("кемшілік жойылды", Cell("status"));
    }

    [Fact]
    public void Policy5_AnAcceptedFinding_IsNotOpenedAgainTheNextNight()
    {
        // Arrange: t010's finding eliminated and accepted, the old date still in the school's data.
        using var school = new Kz003School(Oct20);
        school.Session.Evaluate();
        school.Complete(Expert, "plan", "planned", ("action", "Аттестаттаудан өту"));
        school.Complete(Expert, "fix", "fixed", ("evidence", "Бұйрық № 45"), ("evidence_date", "2026-10-20"));
        school.Complete(Deputy, "check", "accepted");

        // Act
        school.Session.Evaluate();

        // Assert: one case per teacher, finding and date, ever (the next opens from the new date, once imported).
        Assert.Equal(2, school.Session.Runtime.Cases().Count(c => c.Workflow == "teacher-remediation"));
        Assert.Empty(school.Inbox(Expert));
    }

    [Fact]
    public void Policy5_ThePlanLate_TheDeputyDirectorGetsATaskBesideItAndThePlanStaysWithTheTeacher()
    {
        // Arrange
        using var school = new Kz003School(Oct20);
        school.Session.Evaluate();

        // Act: 13 school days later (remediation_plan_escalate_days), the autumn vacation not counted.
        school.MoveTo(new DateOnly(2026, 11, 20));

        // Assert
        Assert.Equal("plan", Assert.Single(school.Inbox(Expert)).Step);
        Assert.Contains(school.Inbox(Deputy), t => t.Step == "late_plan");
    }

    [Fact]
    public void Policy5_TheRemediationTasksAreTheTeachersFromTheirCreation_TheirRoleStaysSubjectTeacher()
    {
        // Arrange: 003 finding -> plan -> evidence: the teacher the finding is about (the case's teacher, `assignee
        // teacher` in 30-teachers.icp) writes the plan and hands in the evidence; t010 also teaches maths in 7А.
        using var school = new Kz003School(Oct20);
        school.Session.Evaluate();
        var plan = Assert.Single(school.Inbox(Expert));

        // Act
        school.Complete(Expert, "plan", "planned", ("action", "Аттестацияға өтініш беру"));

        // Assert: both tasks were created for the teacher, as subject teacher's work, with no hand-over in the journal.
        var fix = Assert.Single(school.Inbox(Expert));
        Assert.Equal([("plan", "subject_teacher"), ("fix", "subject_teacher")], new[] { plan, fix }.Select(t => (t.Step, t.Role)));
        var journal = school.Session.Runtime.Journal(fix.CaseId);
        Assert.All(journal.Where(e => e.Kind == Workflows.Journal.JournalKind.TaskCreated), e => Assert.Equal(Expert, e.Data["value"]));
        Assert.DoesNotContain(journal, e => e.Kind is Workflows.Journal.JournalKind.Reassigned or Workflows.Journal.JournalKind.AssigneeFallback);
    }

    [Fact]
    public void Criterion2_ADeputyDirectorAttested2024_IsDueAfterThreeYearsLess120DaysNotFive()
    {
        // Arrange: the deputy director t002 attested 2024-01-10: on 2026-10-20, 1,014 days later, past 3 × 365 − 120 = 975
        // (manager_attestation_years, "үш жылда кемінде бір рет басшылар") though far from a teacher's 1,705.
        using var school = new Kz003School(Oct20, extraQualifications: "t002,expert,2024-01-10,2025-09-01\n");

        // Act
        school.Session.Evaluate();

        // Assert: the head's finding opens; the teacher t011, attested four months later, has none.
        var keys = school.Session.Runtime.Cases().Where(c => c.Workflow == "teacher-remediation").Select(c => c.Key).ToList();
        Assert.Contains("teacher=t002;finding=attestation;since=2024-01-10", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("teacher=t011;", StringComparison.Ordinal));
    }

    [Fact]
    public void Kg97_SaysNothingOfTeachersCategories_AKyrgyzSchoolWithTheSameFileOpensNoFinding()
    {
        // Arrange: the same teachers in a Kyrgyz school (regulation No. 97 has no clause on categories or courses).
        using var school = new Kz003School(Oct20, Country.Kg);

        // Act
        var run = school.Session.Evaluate();

        // Assert
        Assert.DoesNotContain(school.Session.Runtime.Cases(), c => c.Workflow == "teacher-remediation");
        Assert.Empty(school.Inbox(Expert));
        Assert.Equal(0, run.Opened);
    }

    /// <summary>A small school with four teachers and their qualifications, as `ic init` and `ic import` leave it.</summary>
    private sealed class Kz003School : IDisposable
    {
        private readonly TempFolder _temp = new();
        private readonly SteppingClock _clock;
        private SchoolSession? _session;

        public Kz003School(DateOnly today, Country country = Country.Kz, string extraQualifications = "")
        {
            _clock = new SteppingClock(SchoolTime.MorningOf(today));
            var language = country == Country.Kz ? "kk" : "ky";
            _temp.Write("import/classes.csv", $"class_id,name,grade_level,language,class_teacher_id\n7a,7А,7,{language},t010\n");
            _temp.Write("import/staff.csv", $"""
                staff_id,full_name,language,roles
                t001,Омарова Сәуле Қайратқызы,{language},director
                t002,Жұмабаева Гүлнар Серікқызы,{language},deputy_director
                t010,Сейітова Әйгерім Болатқызы,{language},subject_teacher|class_teacher
                t011,Нұрланов Ержан Асқарұлы,{language},subject_teacher
                t020,Ким Елена Викторовна,ru,subject_teacher

                """);
            _temp.Write("import/pupils.csv", "pupil_id,full_name,class_id,birth_date\np1,Асқаров Нұрислам Ерланұлы,7a,2013-03-14\n");
            _temp.Write("import/subjects.csv", "subject_id,name_kk,name_ky,name_ru,name_en\nmath,Математика,Математика,Математика,Mathematics\n");
            _temp.Write("import/teaching.csv", "class_id,subject_id,teacher_id\n7a,math,t020\n");
            _temp.Write("import/teacher_qualifications.csv", """
                staff_id,category,attested,trained
                t010,expert,2021-06-15,2025-02-10
                t011,moderator,2024-05-20,2025-03-01
                t020,master,2023-01-10,2023-09-01

                """ + extraQualifications);
            var databasePath = _temp.File("school.db");
            var languages = country == Country.Kz ? new[] { Language.Kk, Language.Ru } : [Language.Ky, Language.Ru];
            var manifest = new SampleManifest(country, "№12 мектеп-гимназия", languages, "2026-2027", today);
            var created = DemoSchool.Create(Path.Combine(_temp.Path, "import"), manifest, databasePath, _clock.GetUtcNow());
            Assert.True(created.Import.Succeeded, string.Join("\n", created.Import.Summary(CultureInfo.InvariantCulture)));
            Workspace = Workspace.Open(databasePath, null, _clock).Value!;
        }

        public Workspace Workspace { get; }

        public SchoolSession Session => _session ??= SchoolSession.Open(Workspace).Value!;

        /// <summary>A person's own inbox: the open tasks assigned to them.</summary>
        public IReadOnlyList<WorkflowTask> Inbox(string staffId) => Session.Runtime.Tasks(new TaskQuery { Holder = staffId });

        /// <summary>Moves the clock to a morning and fires what came due (`ic tick`).</summary>
        public int MoveTo(DateOnly day)
        {
            _clock.Now = SchoolTime.MorningOf(day);
            return Session.Runtime.Tick();
        }

        /// <summary>Completes the person's open task at <paramref name="step"/> as that person.</summary>
        public void Complete(string staffId, string step, string outcome, params (string Field, string Value)[] values)
        {
            var task = Assert.Single(Inbox(staffId), t => t.Step == step);
            var result = Session.Runtime.Complete(task.Id, outcome, values.ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal), staffId);
            Assert.True(result.Ok, result.Message(Language.En));
        }

        public void Dispose()
        {
            _session?.Dispose();
            _temp.Dispose();
        }
    }
}
