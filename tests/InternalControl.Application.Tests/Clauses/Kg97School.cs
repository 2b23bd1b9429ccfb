using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// A small Kyrgyz school set up as `ic init --country kg` and `ic import` leave it: real CSV files, a real
/// SQLite file, the shipped policy No. 97 attached. Class 7a (Kyrgyz) has class teacher t010 (writes in
/// Kyrgyz) and maths teacher t020 (Russian); pupil p1 has two parents, g1 (Kyrgyz) and g2 (Russian).
/// Class 2a is grade 2, which the 2025 state standard leaves unmarked.
/// </summary>
internal sealed class Kg97School : IDisposable
{
    public const string Pupil = "p1";
    public const string ClassTeacher = "t010";
    public const string MathsTeacher = "t020";
    public const string Deputy = "t002";
    public const string Director = "t001";

    private readonly ImportedSchool _school;

    /// <param name="marks">Rows of marks.csv: pupil_id,subject_id,date,value,kind.</param>
    /// <param name="absences">Rows of absences.csv: pupil_id,date,lessons,excuse,document.</param>
    /// <param name="classes">The whole classes.csv, when a test needs other classes (its columns: class_id,name,grade_level,language,class_teacher_id[,marked]).</param>
    /// <param name="sixDayWeek">The school teaches on Saturdays (`ic init --six-day-week`).</param>
    /// <param name="policy">A copy of the shipped file, attached over it (a policy that renames its names).</param>
    public Kg97School(DateOnly today, string[]? marks = null, string[]? absences = null, string? classes = null, bool sixDayWeek = false, PolicySource? policy = null) =>
        _school = new ImportedSchool(
            today,
            new SampleManifest(Country.Kg, "№97 орто мектеби", [Language.Ky, Language.Ru], "2026-2027", today),
            new Dictionary<string, string>
            {
                ["classes.csv"] = classes ?? "class_id,name,grade_level,language,class_teacher_id\n7a,7А,7,ky,t010\n2a,2А,2,ky,t011\n",
                ["staff.csv"] = """
                    staff_id,full_name,language,roles
                    t001,Токтосунова Каныкей Бекзатовна,ky,director
                    t002,Ибраимов Темирлан Бакытбекович,ky,deputy_director
                    t010,Жумабеков Нурсултан Замирович,ky,subject_teacher|class_teacher
                    t011,Сатыбалдиева Гүлзат Чынгызовна,ky,subject_teacher|class_teacher
                    t020,Новиков Александр Евгеньевич,ru,subject_teacher

                    """,
                ["pupils.csv"] = """
                    pupil_id,full_name,class_id,birth_date
                    p1,Асанов Эмир Жыргалбекович,7a,2013-03-14
                    p2,Токтогулова Айпери Улановна,2a,2018-05-02

                    """,
                ["parents.csv"] = """
                    parent_id,full_name,pupil_id,language,phone,email
                    g1,Асанова Айзада Кубанычбековна,p1,ky,+996 705 117 893,
                    g2,Асанов Жыргалбек Бакытбекович,p1,ru,+996 500 192 506,
                    g3,Токтогулов Улан Маратович,p2,ky,,

                    """,
                ["subjects.csv"] = """
                    subject_id,name_kk,name_ky,name_ru,name_en
                    math,Математика,Математика,Математика,Mathematics
                    history,Тарих,Тарых,История,History
                    physics,Физика,Физика,Физика,Physics

                    """,
                ["teaching.csv"] = "class_id,subject_id,teacher_id\n7a,math,t020\n7a,history,t010\n7a,physics,t020\n2a,math,t011\n",
                ["marks.csv"] = "pupil_id,subject_id,date,value,kind\n" + string.Concat((marks ?? []).Select(m => m + "\n")),
                ["absences.csv"] = "pupil_id,date,lessons,excuse,document\n" + string.Concat((absences ?? []).Select(a => a + "\n")),
            },
            created =>
            {
                if (sixDayWeek)
                {
                    created.Database.Schools.SetSixDayWeek(created.School.Id, true);
                }

                ImportedSchool.Attach(created, policy, today);
            });

    public Workspace Workspace => _school.Workspace;

    public DateOnly Today => Workspace.Today;

    /// <summary>The school's session (opened on first use, as `ic` opens it for each command).</summary>
    public SchoolSession Session => _school.Session;

    public WorkflowRuntime Runtime => _school.Runtime;

    /// <summary>Rows of marks.csv: a "2" in maths for p1 on each date.</summary>
    public static string[] ThreeTwos(params string[] dates) => [.. dates.Select(d => $"p1,math,{d},2,current")];

    /// <summary>Tuesday 20 October 2026, quarter 1 of the Kyrgyz 2026-2027 calendar.</summary>
    public static DateOnly Oct20 { get; } = new(2026, 10, 20);

    /// <summary>A school where p1 has three 2s in maths and the nightly evaluation of 20 October opened the 5.7 case.</summary>
    public static Kg97School WithCase(PolicySource? policy = null)
    {
        var school = new Kg97School(Oct20, ThreeTwos("2026-10-01", "2026-10-02", "2026-10-05"), policy: policy);
        Assert.Equal(1, school.Evaluate().Opened);
        return school;
    }

    /// <summary>5.1-5.9 changed nothing and the 5.10 report is filed; the class teacher's 6.1 task runs beside them.</summary>
    public void ReachFindCause()
    {
        Assert.True(Complete("individual_work", "no_change").Ok);
        Assert.True(Complete("report_5_10", "filed").Ok);
    }

    /// <summary>The subject teacher's work brought no change and the class teacher records the cause or causes (6.1, "a,b").</summary>
    public void FindCause(string cause)
    {
        ReachFindCause();
        var result = Complete("find_cause", "found", ("cause", cause));
        Assert.True(result.Ok, result.Message(Language.En));
    }

    /// <summary>8.1: the parent comes to the class teacher's first call (6.3's preventive work follows).</summary>
    public void ParentCame()
    {
        var result = Complete("call_parent", "came", ("parent_came", "yes"));
        Assert.True(result.Ok, result.Message(Language.En));
    }

    /// <summary>8.1, 6.3: the parent does not come to <paramref name="calls"/> calls; with the last the class teacher records the refusal.</summary>
    public void ParentRefusesAfterCalls(int calls = 3)
    {
        for (var call = 1; call < calls; call++)
        {
            var again = Complete("call_parent", "call_again", ("parent_came", "no"));
            Assert.True(again.Ok, again.Message(Language.En));
        }

        var result = Complete("call_parent", "parent_refuses", ("parent_came", "no"));
        Assert.True(result.Ok, result.Message(Language.En));
    }

    /// <summary>The nightly `ic evaluate` as of today.</summary>
    public EvaluationRun Evaluate() => Session.Evaluate();

    /// <summary>Moves the clock to a morning (`--now`) and fires what came due (`ic tick`).</summary>
    public int MoveTo(DateOnly day) => _school.MoveTo(day);

    /// <summary>The open tasks of a role (the inbox).</summary>
    public IReadOnlyList<WorkflowTask> Inbox(string? role = null) => Runtime.Tasks(new TaskQuery(Role: role));

    /// <summary>The only open task at <paramref name="step"/>.</summary>
    public WorkflowTask Task(string step) => Assert.Single(Runtime.Tasks(), t => t.Step == step);

    /// <summary>Completes the open task at <paramref name="step"/> as its assignee, its form filled (values given win).</summary>
    public WorkflowResult Complete(string step, string outcome, params (string Field, string Value)[] values)
    {
        var task = Task(step);
        var form = Form(task);
        foreach (var (field, value) in values)
        {
            form[field] = value;
        }

        return Runtime.Complete(task.Id, outcome, form, task.Assignee ?? "test");
    }

    /// <summary>Completes the task at <paramref name="step"/> with exactly the fields given.</summary>
    public WorkflowResult CompleteWith(string step, string outcome, IReadOnlyDictionary<string, string> fields)
    {
        var task = Task(step);
        return Runtime.Complete(task.Id, outcome, fields, task.Assignee ?? "test");
    }

    /// <summary>The one case of a workflow.</summary>
    public CaseSummary Case(string workflow) => Assert.Single(Runtime.Cases(), c => c.Workflow == workflow);

    /// <summary>The outbox messages to one recipient (staff or parent id).</summary>
    public IReadOnlyList<OutboxMessage> MessagesTo(string recipientId) => [.. Runtime.Outbox().Where(m => m.RecipientId == recipientId)];

    public void Dispose() => _school.Dispose();

    /// <summary>A form filled as a teacher would: text, today's date, a small number, yes; the first choice.</summary>
    private Dictionary<string, string> Form(WorkflowTask task)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in task.Fields)
        {
            form[field.Name] = field.Type switch
            {
                FieldType.Choice or FieldType.Choices => field.Options[0],
                FieldType.Date => IsoDate.Text(Today),
                FieldType.Number => "1",
                FieldType.YesNo => "yes",
                _ => "Ата-эне менен сүйлөшүлдү",
            };
        }

        return form;
    }
}
