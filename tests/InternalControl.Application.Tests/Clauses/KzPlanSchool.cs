using System.Globalization;
using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Plans;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Testing;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// A small Kazakh school as `ic init --country kz` and `ic import` leave it, with the shipped Kazakh policy and a
/// plan.csv of three controls (Order No. 130, seed 000 §2.1): t001 director, t002 deputy director, t003 psychologist,
/// t010 the maths teacher who is responsible for the maths control.
/// </summary>
internal sealed class KzPlanSchool : IDisposable
{
    public const string Director = "t001";
    public const string Deputy = "t002";
    public const string Psychologist = "t003";
    public const string MathsTeacher = "t010";

    private readonly TempFolder _temp = new();
    private readonly SteppingClock _clock;
    private SchoolSession? _session;

    public KzPlanSchool(DateOnly today)
    {
        _clock = new SteppingClock(SchoolTime.MorningOf(today));
        var folder = Path.Combine(_temp.Path, "import");
        _temp.Write("import/classes.csv", "class_id,name,grade_level,language,class_teacher_id\n5a,5А,5,kk,t010\n");
        _temp.Write("import/staff.csv", """
            staff_id,full_name,language,roles
            t001,Қасымова Гүлмира Ақжолқызы,kk,director
            t002,Бекмұхамбетова Жұлдыз Нұрланқызы,kk,deputy_director
            t003,Кузнецова Ирина Денисовна,ru,psychologist
            t010,Тоқтаров Санжар Ернұрұлы,kk,subject_teacher|class_teacher

            """);
        _temp.Write("import/subjects.csv", "subject_id,name_kk,name_ky,name_ru,name_en\nmath,Математика,Математика,Математика,Mathematics\n");
        _temp.Write("import/plan.csv", """
            control_id,direction,topic,object_kind,object_id,sheet,month,responsible_id,venue,output,second_month
            2.21,2,5-11 сыныптарда математика пәнін жүргізу сапасы,subject,math,II.3,1,t010,director_meeting,reference_note,3
            2.16,2,1 және 5- сыныптардың бейімделу кезеңі,school,,,12|1,t003,methodological_council,reference_note,
            1.05,1,Мектептің ішкі еңбек тәртібі ережесі,school,,,8,t001,pedagogical_council,minutes,

            """);
        var databasePath = _temp.File("school.db");
        var manifest = new SampleManifest(Country.Kz, "№27 «Болашақ» мектебі", [Language.Kk, Language.Ru], "2026-2027", today);
        var created = DemoSchool.Create(folder, manifest, databasePath, _clock.GetUtcNow());
        Assert.True(created.Import.Succeeded, string.Join("\n", created.Import.Summary(CultureInfo.InvariantCulture)));
        Workspace = InternalControl.Application.Workspaces.Workspace.Open(databasePath, null, _clock).Value!;
    }

    public Workspace Workspace { get; }

    public SchoolSession Session => _session ??= Open();

    public WorkflowRuntime Runtime => Session.Runtime;

    /// <summary>Opens the cases of today's month from the stored plan.</summary>
    public IReadOnlyList<PlanStart> StartMonth() => PlanTasks.StartMonth(Session);

    /// <summary>Moves the clock to a morning and fires what came due.</summary>
    public void MoveTo(DateOnly day)
    {
        _clock.Now = SchoolTime.MorningOf(day);
        Runtime.Tick();
    }

    public IReadOnlyList<WorkflowTask> Inbox() => Runtime.Tasks(new TaskQuery());

    public void Dispose()
    {
        _session?.Dispose();
        _temp.Dispose();
    }

    private SchoolSession Open()
    {
        var opened = SchoolSession.Open(Workspace);
        Assert.True(opened.Succeeded, string.Join("\n", opened.Diagnostics.Select(d => d.ToString())));
        return opened.Value!;
    }
}
