using InternalControl.Application.Cases;
using InternalControl.Application.Plans;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Policies;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// A small Kazakh school as `ic init --country kz` and `ic import` leave it, with the shipped Kazakh policy and a
/// plan.csv of three controls (Order No. 130, seed 000 §2.1): t001 director, t002 deputy director, t003 psychologist,
/// t010 the maths teacher who is responsible for the maths control; with <c>councilHead</c>, t012 a teacher who heads the
/// methodological council (әдістемелік кеңестің төрағасы).
/// </summary>
internal sealed class KzPlanSchool : IDisposable
{
    public const string Director = "t001";
    public const string Deputy = "t002";
    public const string Psychologist = "t003";
    public const string MathsTeacher = "t010";
    public const string CouncilHead = "t012";

    private readonly ImportedSchool _school;

    /// <param name="today">The school day the clock stands at.</param>
    /// <param name="councilHead">t012 heads the methodological council.</param>
    /// <param name="policy">A copy of a shipped file, attached over it (a policy that renames its names).</param>
    public KzPlanSchool(DateOnly today, bool councilHead = false, PolicySource? policy = null) =>
        _school = ImportedSchool.Kazakh(
            today,
            staff: """
                t003,Кузнецова Ирина Денисовна,ru,psychologist
                t010,Тоқтаров Санжар Ернұрұлы,kk,subject_teacher|class_teacher

                """ + (councilHead ? "t012,Омарова Айым Ержанқызы,kk,subject_teacher|methodological_council_head\n" : ""),
            plan: """
                2.21,2,5-11 сыныптарда математика пәнін жүргізу сапасы,subject,math,II.3,1,t010,director_meeting,reference_note,3
                2.16,2,1 және 5- сыныптардың бейімделу кезеңі,school,,,12|1,t003,methodological_council,reference_note,
                1.05,1,Мектептің ішкі еңбек тәртібі ережесі,school,,,8,t001,pedagogical_council,minutes,

                """,
            policy);

    public Workspace Workspace => _school.Workspace;

    public SchoolSession Session => _school.Session;

    public WorkflowRuntime Runtime => _school.Runtime;

    /// <summary>Opens the cases of today's month from the stored plan.</summary>
    public IReadOnlyList<PlanStart> StartMonth() => PlanTasks.StartMonth(Session);

    /// <summary>Moves the clock to a morning and fires what came due.</summary>
    public void MoveTo(DateOnly day) => _school.MoveTo(day);

    public IReadOnlyList<WorkflowTask> Inbox() => Runtime.Tasks(new TaskQuery());

    /// <summary>Closes the session, as a command ends; the next use opens a new one on what the database holds then.</summary>
    public void Close() => _school.Close();

    public void Dispose() => _school.Dispose();
}
