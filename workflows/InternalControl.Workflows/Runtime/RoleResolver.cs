using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// Finds who holds a role for a case, from the school's data: indexes built once per school data (<see cref="For"/>),
/// so that the runtimes a long-running host opens per request over one snapshot share them. Read-only once built.
/// </summary>
internal sealed class RoleResolver
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SchoolData, RoleResolver> Built = new();

    private readonly Dictionary<string, Pupil> _pupils;
    private readonly Dictionary<string, ClassGroup> _classes;
    private readonly Dictionary<string, Staff> _staff;
    private readonly Dictionary<(string Class, string Subject), string> _teaching;
    private readonly ILookup<string, Parent> _parents;
    private readonly Dictionary<string, Subject> _subjects;

    public RoleResolver(SchoolData data)
    {
        Data = data;
        _pupils = data.Pupils.ToDictionary(p => p.Id);
        _classes = data.Classes.ToDictionary(c => c.Id);
        _staff = data.Staff.ToDictionary(s => s.Id);
        _subjects = data.Subjects.ToDictionary(s => s.Id);
        _teaching = data.Teaching.GroupBy(t => (t.ClassId, t.SubjectId)).ToDictionary(g => g.Key, g => g.First().TeacherId);
        _parents = data.Parents.ToLookup(p => p.PupilId);
    }

    public SchoolData Data { get; }

    /// <summary>The resolver of <paramref name="data"/>, built on its first use and kept while the data lives.</summary>
    public static RoleResolver For(SchoolData data) => Built.GetValue(data, d => new RoleResolver(d));

    public Pupil? Pupil(string? id) => id is null ? null : _pupils.GetValueOrDefault(id);

    public ClassGroup? ClassOf(string? pupilId) => Pupil(pupilId) is { } p ? _classes.GetValueOrDefault(p.ClassId) : null;

    public Staff? Staff(string? id) => id is null ? null : _staff.GetValueOrDefault(id);

    public Subject? Subject(string? id) => id is null ? null : _subjects.GetValueOrDefault(id);

    public Parent? Parent(string id) => Data.FindParent(id);

    /// <summary>
    /// Everyone who holds the role for the case (all parents; one member of staff). A task that names its member of
    /// staff in a case variable (<see cref="Definitions.TaskStep.Assignee"/>) is given to them before this is asked.
    /// </summary>
    public IReadOnlyList<Recipient> Resolve(WorkflowRole role, CaseState state) => Resolve(role, state.PupilId, state.SubjectId);

    /// <summary>Everyone who holds the role for a pupil and subject (a rule's notice, which has no case).</summary>
    public IReadOnlyList<Recipient> Resolve(WorkflowRole role, string? pupilId, string? subjectId)
    {
        if (role == WorkflowRole.Parents)
        {
            return pupilId is null
                ? []
                : [.. _parents[pupilId].Select(p => new Recipient(Recipient.ParentKind, p.Id, p.Language))];
        }

        return StaffFor(role, pupilId, subjectId) is { } staff ? [new Recipient(Recipient.StaffKind, staff.Id, staff.Language)] : [];
    }

    /// <summary>The recipient of a message to someone by id (a task's assignee), or null when unknown.</summary>
    public Recipient? ById(string? id, string role)
    {
        if (id is null)
        {
            return null;
        }

        if (role == WorkflowRole.Parents.Code())
        {
            return Parent(id) is { } parent ? new Recipient(Recipient.ParentKind, parent.Id, parent.Language) : null;
        }

        return Staff(id) is { } staff ? new Recipient(Recipient.StaffKind, staff.Id, staff.Language) : null;
    }

    /// <summary>
    /// The role a task takes when a member of staff takes it over (reassign, claim): its own when it is a staff
    /// role; a parents' task becomes the role the new assignee holds, so that its reminders and escalation
    /// notices reach that person instead of looking for a parent with a staff member's id.
    /// </summary>
    public string RoleFor(string staffId, string taskRole)
    {
        if (taskRole != WorkflowRole.Parents.Code())
        {
            return taskRole;
        }

        var held = Staff(staffId)?.Roles.Select(WorkflowRoles.Of).FirstOrDefault(r => r is not null);

        // Any staff role will do for delivery (a staff id is looked up among staff); one with no role is a teacher.
        return (held ?? WorkflowRole.SubjectTeacher).Code();
    }

    private Staff? StaffFor(WorkflowRole role, string? pupilId, string? subjectId)
    {
        var staffRole = role switch
        {
            WorkflowRole.ClassTeacher => ClassOf(pupilId)?.ClassTeacherId is { } id ? _staff.GetValueOrDefault(id) : null,
            WorkflowRole.SubjectTeacher => ClassOf(pupilId) is { } c && subjectId is { } s
                && _teaching.TryGetValue((c.Id, s), out var teacher) ? _staff.GetValueOrDefault(teacher) : null,
            _ => null,
        };
        if (staffRole is not null)
        {
            return staffRole;
        }

        var schoolRole = role switch
        {
            WorkflowRole.DeputyDirector => StaffRole.DeputyDirector,
            WorkflowRole.Director => StaffRole.Director,
            WorkflowRole.Psychologist => StaffRole.Psychologist,
            WorkflowRole.SocialPedagogue => StaffRole.SocialPedagogue,
            WorkflowRole.MethodologicalCouncilHead => StaffRole.MethodologicalCouncilHead,
            _ => (StaffRole?)null,
        };
        return schoolRole is { } r ? Data.Staff.FirstOrDefault(s => s.Has(r)) : null;
    }
}
