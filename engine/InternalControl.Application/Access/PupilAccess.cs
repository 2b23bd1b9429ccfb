using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Access;

/// <summary>
/// What one signed-in person may see and do, decided here and not by hiding links: a subject teacher sees the pupils
/// of the classes they teach and only their subjects' marks; a class teacher their class; the deputy director and the
/// director the school; the psychologist and the social pedagogue the cases with a task for them; the methodological
/// council's head, who is no head of the school, what their teaching gives them and the cases of their own tasks (the
/// council's hearings); a parent their own children. Anything else is, to the caller, as if it did not exist.
/// </summary>
public sealed class PupilAccess
{
    // A whole-school reader sees every pupil of the snapshot (_school, shared, never changed); anyone else the pupils
    // of their classes (_pupils). Beyond those, the cases and pupils of this person's own tasks (_held), read only when
    // a question is not answered by the classes: a teacher's pages seldom need them, a psychologist's always.
    private readonly HashSet<string> _pupils;
    private readonly HashSet<string>? _school;
    private readonly HashSet<string> _classes;
    private readonly Lazy<Held> _held;
    private readonly HashSet<string> _roles;
    private readonly ILookup<string, string> _subjectsByClass;
    private readonly Dictionary<string, Pupil> _pupilById;
    private readonly IReadOnlyList<Staff> _staff;
    private readonly HashSet<string> _seenClasses = new(StringComparer.Ordinal);

    private PupilAccess(Person person, SchoolData data, Func<IReadOnlyList<WorkflowTask>> tasks)
    {
        Person = person;
        var index = AccessIndex.Of(data);
        _pupilById = index.PupilById;
        _staff = data.Staff;
        _roles = new HashSet<string>(StringComparer.Ordinal);
        _held = new Lazy<Held>(() => Held.Of(person, tasks()), LazyThreadSafetyMode.ExecutionAndPublication);
        if (person.Kind == PersonKind.Parent)
        {
            _roles.Add(WorkflowRole.Parents.Code());
            _pupils = new HashSet<string>(index.ChildrenByParent[person.Id], StringComparer.Ordinal);
            _classes = [];
            _subjectsByClass = Array.Empty<string>().ToLookup(s => s);
            WholeSchool = false;
            return;
        }

        Staff = index.StaffById.GetValueOrDefault(person.Id);
        var roles = Staff?.Roles ?? [];
        foreach (var role in roles)
        {
            _roles.Add(Code(role));
        }

        WholeSchool = roles.Contains(StaffRole.Director) || roles.Contains(StaffRole.DeputyDirector);
        _classes = new HashSet<string>(index.ClassesByTeacher[person.Id], StringComparer.Ordinal);
        var taught = index.TeachingByTeacher[person.Id].ToList();
        _subjectsByClass = taught.ToLookup(t => t.ClassId, t => t.SubjectId, StringComparer.Ordinal);
        _pupils = new HashSet<string>(StringComparer.Ordinal);
        if (WholeSchool)
        {
            _school = index.AllPupils;
            _classes = index.AllClasses;
        }
        else
        {
            _seenClasses.UnionWith(_classes);
            _seenClasses.UnionWith(taught.Select(t => t.ClassId));
            foreach (var seen in _seenClasses)
            {
                _pupils.UnionWith(index.PupilsByClass[seen]);
            }
        }
    }

    public Person Person { get; }

    /// <summary>The staff record of a staff member; null for a parent.</summary>
    public Staff? Staff { get; }

    public bool IsParent => Person.Kind == PersonKind.Parent;

    /// <summary>The deputy director and the director see the whole school.</summary>
    public bool WholeSchool { get; }

    /// <summary>The school's heads invite staff (one-time links) and read the audit trail.</summary>
    public bool ManagesAccess => WholeSchool;

    /// <summary>The deputy director and the director read, edit, attach and roll back the school's policy (the policy workbench).</summary>
    public bool EditsPolicy => WholeSchool;
    /// <summary>The school's heads import the school's data (the import page).</summary>
    public bool ImportsData => WholeSchool;

    /// <summary>Whether this person writes the documents a school hands in (the reference note, the council's minutes, the director's order): the deputy director and the director.</summary>
    public bool WritesDocuments => WholeSchool;

    /// <summary>The pupils this person may see.</summary>
    public IReadOnlyCollection<string> Pupils => [.. (_school ?? []).Union(_pupils).Union(_held.Value.Pupils)];

    /// <summary>The classes whose class page this person may see (their own class, or every class for the school's heads).</summary>
    public IReadOnlyCollection<string> Classes => _classes;

    /// <summary>
    /// The reports this person may read: the school's heads every report of the whole school; a class teacher the reports
    /// that take a class, for their own class only (the registers, the monthly report and the evaluation sheets are the
    /// heads'); anyone else none.
    /// </summary>
    public IReadOnlyList<string> Reports => WholeSchool
        ? ReportCatalog.Names
        : IsParent || _classes.Count == 0 ? [] : [.. ReportCatalog.Names.Where(n => ReportCatalog.Filters(n).HasFlag(ReportFilters.Class))];

    /// <summary>
    /// The report this person may read for <paramref name="request"/>: the request itself for the school's heads; for a
    /// class teacher the request narrowed to their class (the one asked for, if it is theirs, else their first); null when
    /// the report or the class is not theirs.
    /// </summary>
    public ReportRequest? Report(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Reports.Contains(request.Name, StringComparer.Ordinal))
        {
            return null;
        }

        if (WholeSchool)
        {
            return request;
        }

        if (request.ClassId is { } asked)
        {
            return _classes.Contains(asked) ? request : null;
        }

        return request with { ClassId = _classes.Order(StringComparer.Ordinal).First() };
    }

    /// <summary>Decides access for a person over the school's data and its tasks (open and closed).</summary>
    public static PupilAccess For(Person person, SchoolData data, WorkflowRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(runtime);
        // Only this person's own tasks, of any state, decide which further cases they see; a parent has none.
        return new PupilAccess(person, data, () => person.Kind == PersonKind.Parent ? [] : runtime.Tasks(new TaskQuery(OpenOnly: false) { Holder = person.Id }));
    }

    public bool CanSeePupil(string? pupilId) =>
        pupilId is not null && ((_school?.Contains(pupilId) ?? false) || _pupils.Contains(pupilId) || _held.Value.Pupils.Contains(pupilId));

    /// <summary>The pupil <paramref name="pupilId"/> when this person may see them; null otherwise, or for no id.</summary>
    public Pupil? VisiblePupil(string? pupilId) =>
        CanSeePupil(pupilId) && _pupilById.TryGetValue(pupilId!, out var pupil) ? pupil : null;

    public bool CanSeeClass(string? classId) => classId is not null && _classes.Contains(classId);

    /// <summary>A case is visible with its pupil, or (for a case without a pupil) when a task of it is this person's.</summary>
    public bool CanSeeCase(CaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return (summary.PupilId is { } pupil ? CanSeePupil(pupil) && CanSeeSubject(pupil, summary.SubjectId) : WholeSchool) || _held.Value.Cases.Contains(summary.Id);
    }

    /// <summary>A subject teacher sees only their subjects' marks; the class teacher, the school's heads and parents see all of a visible pupil's.</summary>
    public bool CanSeeSubject(string pupilId, string? subjectId)
    {
        if (!CanSeePupil(pupilId))
        {
            return false;
        }

        if (subjectId is null || IsParent || WholeSchool || !_pupilById.TryGetValue(pupilId, out var pupil) || _classes.Contains(pupil.ClassId))
        {
            return true;
        }

        return _subjectsByClass[pupil.ClassId].Contains(subjectId, StringComparer.Ordinal) || !_subjectsByClass.Contains(pupil.ClassId);
    }

    /// <summary>
    /// Page <paramref name="pageNumber"/> (from 1; a number past either end is the nearest page) of this person's inbox
    /// narrowed by <paramref name="filter"/>, oldest due first, with every task's key for the filters' choices: one read
    /// of the keys (<see cref="InboxQuery"/> reads exactly the tasks <see cref="CanAct"/> allows) and one of the page's
    /// rows, each checked again.
    /// </summary>
    public InboxPage Inbox(WorkflowRuntime runtime, InboxFilter filter, int pageNumber, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(filter);
        var keys = runtime.TaskKeys(InboxQuery);
        var chosen = keys.Where(filter.Matches).ToList();
        var size = Math.Max(1, pageSize);
        var number = Math.Clamp(pageNumber, 1, Math.Max(1, (chosen.Count + size - 1) / size));
        var ids = chosen.Skip((number - 1) * size).Take(size).Select(k => k.Id).ToList();
        IReadOnlyList<WorkflowTask> tasks = ids.Count == 0 ? [] : [.. runtime.Tasks(new TaskQuery { Ids = ids }).Where(CanAct)];
        return new InboxPage(keys, chosen.Count, number, tasks);
    }

    /// <summary>
    /// The tasks this person may act on, as a query, so that an inbox pages and counts them in SQL: a parent's, the
    /// parents' tasks about their children; a member of staff's, their own tasks and their roles' tasks in the school
    /// (the heads), in the classes they lead (every subject), in the classes they teach (the subjects they teach there,
    /// and tasks about no subject), and about the pupils of other classes they hold a task for; never the parents' tasks.
    /// The query reads the pupils' classes from the database and <see cref="CanAct"/> from this snapshot of the school:
    /// while an import moves a pupil between them, the two may differ until the next request's snapshot.
    /// </summary>
    public TaskQuery InboxQuery => IsParent
        ? new TaskQuery(Role: WorkflowRole.Parents.Code()) { Pupils = [.. _pupils] }
        : new TaskQuery
        {
            Holder = Person.Id,
            OrRoles = [.. _roles],
            OrRolesInClasses = WholeSchool ? null : [.. _classes],
            OrRolesInClassSubjects = WholeSchool ? [] : [.. _seenClasses.Where(c => !_classes.Contains(c)).Select(c => new ClassSubjects(c, [.. _subjectsByClass[c]]))],
            ExceptRoles = [WorkflowRole.Parents.Code()],
        };

    public bool CanAct(WorkflowTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (IsParent)
        {
            return task.Role == WorkflowRole.Parents.Code() && CanSeePupil(task.PupilId);
        }

        if (task.Role == WorkflowRole.Parents.Code())
        {
            return false;
        }

        return task.Assignee == Person.Id || task.ClaimedBy == Person.Id
            || (_roles.Contains(task.Role) && (task.PupilId is null ? WholeSchool : CanSeePupil(task.PupilId) && CanSeeSubject(task.PupilId, task.SubjectId)));
    }

    /// <summary>A task may be read by whoever may act on it or see its case's pupil; a task about no pupil (a teacher, an object of control) by the school's heads too.</summary>
    public bool CanSeeTask(WorkflowTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return CanAct(task)
            || (!IsParent && (task.PupilId is { } pupil ? CanSeeSubject(pupil, task.SubjectId) : WholeSchool))
            || _held.Value.Cases.Contains(task.CaseId);
    }

    /// <summary>A member of staff may take (claim) an open task of their role, not yet theirs, that nobody has taken yet.</summary>
    public bool CanClaim(WorkflowTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return !IsParent && task.Status == WorkTaskStatus.Open && task.ClaimedBy is null && task.Assignee != Person.Id && CanAct(task);
    }

    /// <summary>
    /// An open staff task may be handed to someone else (someone is away) by whoever holds it (its assignee or
    /// claimant) and by the school's heads; a task addressed to parents stays theirs.
    /// </summary>
    public bool CanReassign(WorkflowTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return !IsParent && task.Status == WorkTaskStatus.Open && task.Role != WorkflowRole.Parents.Code()
            && (task.Assignee == Person.Id || task.ClaimedBy == Person.Id || (WholeSchool && CanSeeTask(task)));
    }

    /// <summary>Who a task may be handed to: the school's staff other than its present holder.</summary>
    public IReadOnlyList<Staff> ReassignTargets(WorkflowTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return CanReassign(task) ? [.. _staff.Where(s => s.Id != (task.ClaimedBy ?? task.Assignee))] : [];
    }

    private static string Code(StaffRole role) =>
        WorkflowRoles.Of(role)?.Code() ?? throw new ArgumentOutOfRangeException(nameof(role));
}
