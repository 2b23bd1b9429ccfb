using System.Globalization;
using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Testing;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// A small school as `ic init` and `ic import` leave it: its import files written to a real folder and imported into a
/// real SQLite file with the country's shipped policy attached, on a clock that stands at a school morning until a test
/// moves it. The clause tests' schools (<see cref="Kg97School"/>, <see cref="KzPlanSchool"/>,
/// <see cref="KzRecontrolSchool"/>) are made of it.
/// </summary>
internal sealed class ImportedSchool : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SteppingClock _clock;
    private SchoolSession? _session;

    /// <param name="today">The school day the clock stands at (its morning).</param>
    /// <param name="manifest">The school `ic init` creates.</param>
    /// <param name="files">The import folder: file name (<c>staff.csv</c>) to content.</param>
    /// <param name="created">What to do to the new database before the workspace opens it (`ic init --six-day-week`).</param>
    public ImportedSchool(DateOnly today, SampleManifest manifest, IReadOnlyDictionary<string, string> files, Action<DemoSchool>? created = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        _clock = new SteppingClock(SchoolTime.MorningOf(today));
        foreach (var (name, content) in files)
        {
            _temp.Write("import/" + name, content);
        }

        var databasePath = _temp.File("school.db");
        var school = DemoSchool.Create(Path.Combine(_temp.Path, "import"), manifest, databasePath, _clock.GetUtcNow());
        Assert.True(school.Import.Succeeded, string.Join("\n", school.Import.Summary(CultureInfo.InvariantCulture)));
        created?.Invoke(school);
        Workspace = Workspace.Open(databasePath, null, _clock).Value!;
    }

    public Workspace Workspace { get; }

    /// <summary>The school's session (opened on first use, as `ic` opens it for each command).</summary>
    public SchoolSession Session => _session ??= Open();

    public WorkflowRuntime Runtime => Session.Runtime;

    /// <summary>
    /// A small Kazakh school (`ic init --country kz`): class 5a with class teacher t010, maths, t001 director and t002
    /// deputy director, then <paramref name="staff"/> (rows of staff.csv), and <paramref name="plan"/> (rows of plan.csv);
    /// with <paramref name="policy"/>, that file attached over the shipped one of the same name (`ic policy set`).
    /// </summary>
    public static ImportedSchool Kazakh(DateOnly today, string staff, string plan, PolicySource? policy = null) =>
        new(today, new SampleManifest(Country.Kz, "№27 «Болашақ» мектебі", [Language.Kk, Language.Ru], "2026-2027", today), new Dictionary<string, string>
        {
            ["classes.csv"] = "class_id,name,grade_level,language,class_teacher_id\n5a,5А,5,kk,t010\n",
            ["staff.csv"] = """
                staff_id,full_name,language,roles
                t001,Қасымова Гүлмира Ақжолқызы,kk,director
                t002,Бекмұхамбетова Жұлдыз Нұрланқызы,kk,deputy_director

                """ + staff,
            ["subjects.csv"] = "subject_id,name_kk,name_ky,name_ru,name_en\nmath,Математика,Математика,Математика,Mathematics\n",
            ["plan.csv"] = "control_id,direction,topic,object_kind,object_id,sheet,month,responsible_id,venue,output,second_month\n" + plan,
        },
        created => Attach(created, policy, today));

    /// <summary>Attaches <paramref name="policy"/> (when given) to the new school, as `ic policy set` would on <paramref name="today"/>.</summary>
    public static void Attach(DemoSchool created, PolicySource? policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(created);
        if (policy is not null)
        {
            created.Database.Policies.Attach(created.School.Id, policy, SchoolTime.MorningOf(today));
        }
    }

    /// <summary>Writes a file beside the database (outside the import folder), as a later command reads it; returns its path.</summary>
    public string Write(string name, string content) => _temp.Write(name, content);

    /// <summary>Moves the clock to a morning (`--now`) and fires what came due (`ic tick`).</summary>
    public int MoveTo(DateOnly day)
    {
        _clock.Now = SchoolTime.MorningOf(day);
        return Runtime.Tick();
    }

    /// <summary>Closes the session, as a command ends; the next use opens a new one.</summary>
    public void Close()
    {
        _session?.Dispose();
        _session = null;
    }

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
