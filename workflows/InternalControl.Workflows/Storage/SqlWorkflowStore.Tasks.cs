using InternalControl.Storage.Database;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Storage;

/// <summary>Tasks: the row a transition reads, and the inbox.</summary>
internal sealed partial class SqlWorkflowStore
{
    private const string TaskColumns = """
        id, school_id, case_id, token, step, role, assignee, claimed_by, status, created_at, due, outcome, fields, completed_by, completed_at
        """;

    public TaskRecord? LoadTask(long id, IWorkflowTransaction? tx = null) =>
        _commands.Single($"SELECT {TaskColumns} FROM wf_tasks WHERE id = @id", Tx(tx), ReadTask, ("@id", id));

    public TaskRecord? LoadTask(long caseId, int token, IWorkflowTransaction? tx = null) =>
        _commands.Single(
            $"SELECT {TaskColumns} FROM wf_tasks WHERE case_id = @case_id AND token = @token", Tx(tx), ReadTask, ("@case_id", caseId), ("@token", token));

    /// <summary>Only the filters given go into the statement, so that SQLite can use the case's or the inbox's index.</summary>
    public IReadOnlyList<TaskListing> Tasks(long schoolId, TaskQuery query)
    {
        var (where, args) = Where(schoolId, query);
        return _commands.Many(
            $"""
            SELECT t.id, t.case_id, c.workflow, c.version, c.hash, t.step, t.role, t.assignee, t.claimed_by, c.pupil_id, c.subject_id, t.due, t.status
            FROM wf_tasks t JOIN wf_cases c ON c.id = t.case_id
            WHERE {where}
            ORDER BY COALESCE(t.due, '9999-12-31'), t.id
            """,
            null,
            row => new TaskListing(
                row.GetInt64(0), row.GetInt64(1), row.GetString(2), row.GetInt64(3), row.GetString(4), row.GetString(5), row.GetString(6),
                row.GetStringOrNull(7), row.GetStringOrNull(8), row.GetStringOrNull(9), row.GetStringOrNull(10), row.GetStringOrNull(11), row.GetString(12)),
            [.. args]);
    }

    /// <summary>The matching tasks' ids, pupils' classes, subjects and workflows, oldest due first: what an inbox groups, counts and pages.</summary>
    public IReadOnlyList<TaskKey> TaskKeys(long schoolId, TaskQuery query)
    {
        var (where, args) = Where(schoolId, query);
        return _commands.Many(
            $"""
            SELECT t.id, p.class_id, c.subject_id, c.workflow
            FROM wf_tasks t JOIN wf_cases c ON c.id = t.case_id
            LEFT JOIN pupils p ON p.school_id = c.school_id AND p.id = c.pupil_id
            WHERE {where}
            ORDER BY COALESCE(t.due, '9999-12-31'), t.id
            """,
            null,
            row => new TaskKey(row.GetInt64(0), row.GetStringOrNull(1), row.GetStringOrNull(2), row.GetString(3)),
            [.. args]);
    }

    private static (string Where, List<(string, object?)> Args) Where(long schoolId, TaskQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var args = new List<(string, object?)> { ("@school_id", schoolId) };
        var filters = "";
        if (query.Role is not null)
        {
            filters += " AND t.role = @role";
            args.Add(("@role", query.Role));
        }

        if (query.ExceptRoles.Count > 0)
        {
            filters += " AND t.role NOT" + In("@except_role", query.ExceptRoles, args);
        }

        if (query.Assignee is not null)
        {
            filters += " AND t.assignee = @assignee";
            args.Add(("@assignee", query.Assignee));
        }

        // The school's filter written +t.school_id when the ids come from the holder's union: SQLite then reads those
        // ids by primary key instead of every open task of the school by the role index, testing each against the union.
        var school = "t.school_id";
        if (query.Holder is not null)
        {
            school = "+t.school_id";
            var roles = Named("@or_role", query.OrRoles);
            var classes = Named("@or_class", query.OrRolesInClasses ?? []);
            var taught = query.OrRolesInClasses is null ? [] : query.OrRolesInClassSubjects
                .Select((c, i) => (Class: (Name: "@or_tclass" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Value: c.ClassId), Subjects: Named("@or_t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "s", c.SubjectIds)))
                .Where(c => c.Subjects.Count > 0)
                .ToList();
            filters += " AND t.id IN (" + HolderTasks(roles.Select(r => r.Name).ToList(), query.OrRolesInClasses is null ? null : classes.Select(c => c.Name).ToList(), [.. taught.Select(c => (c.Class.Name, c.Subjects.Select(s => s.Name).ToList()))], query.OpenOnly) + ")";
            args.Add(("@holder", query.Holder));
            args.AddRange(roles.Concat(classes).Concat(taught.SelectMany(c => c.Subjects.Prepend(c.Class))).Select(r => (r.Name, (object?)r.Value)));
        }

        if (query.OpenOnly)
        {
            filters += " AND t.status = 'open'";
        }

        if (query.CaseId is not null)
        {
            filters += " AND t.case_id = @case_id";
            args.Add(("@case_id", query.CaseId));
        }

        if (query.Pupils is not null)
        {
            filters += query.Pupils.Count == 0 ? " AND 1 = 0" : " AND c.pupil_id" + In("@pupil", query.Pupils, args);
        }

        if (query.Ids is not null)
        {
            // By primary key: the school's filter as +t.school_id, or SQLite reads every open task of the school by the
            // role index and tests each id.
            school = "+t.school_id";
            filters += query.Ids.Count == 0 ? " AND 1 = 0" : " AND t.id" + In("@id", query.Ids, args);
        }

        return (school + " = @school_id" + filters, args);
    }

    /// <summary>
    /// The ids of the tasks a holder's inbox reads, as a union of selects that each read an index instead of every task of
    /// the school (migrations 2461 and 2471): the tasks assigned to or claimed by the holder; their roles' tasks, of the
    /// whole school (<paramref name="classes"/> null), or for the pupils of those classes, the pupils of the
    /// <paramref name="taught"/> classes in cases about the subjects listed with them or about no subject, and the pupils
    /// of other classes the holder has (or had) a task for. For an inbox (<paramref name="openOnly"/>) each select keeps open tasks only, so
    /// that the union does not grow with the tasks done since the cases began.
    /// </summary>
    private static string HolderTasks(List<string> roles, List<string>? classes, List<(string Class, List<string> Subjects)> taught, bool openOnly)
    {
        var open = openOnly ? " AND status = 'open'" : "";
        var openRt = openOnly ? " AND rt.status = 'open'" : "";
        var sql = "SELECT id FROM wf_tasks WHERE school_id = @school_id AND assignee = @holder" + open +
            " UNION SELECT id FROM wf_tasks WHERE school_id = @school_id AND claimed_by = @holder" + open;
        if (roles.Count == 0)
        {
            return sql;
        }

        var inRoles = "IN (" + string.Join(", ", roles) + ")";
        if (classes is null)
        {
            return sql + " UNION SELECT id FROM wf_tasks WHERE school_id = @school_id AND role " + inRoles + open;
        }

        var held = "SELECT hc.pupil_id FROM wf_tasks ht JOIN wf_cases hc ON hc.id = ht.case_id WHERE ht.school_id = @school_id AND ht.assignee = @holder " +
            "UNION SELECT hc.pupil_id FROM wf_tasks ht JOIN wf_cases hc ON hc.id = ht.case_id WHERE ht.school_id = @school_id AND ht.claimed_by = @holder";
        if (classes.Count > 0)
        {
            // CROSS JOIN keeps SQLite's join order: the classes' pupils by their index, then their cases and tasks; left to
            // choose without statistics it read every case of the school and looked each pupil up.
            sql += " UNION SELECT rt.id FROM pupils p CROSS JOIN wf_cases rc CROSS JOIN wf_tasks rt " +
                "WHERE p.school_id = @school_id AND p.class_id IN (" + string.Join(", ", classes) + ") " +
                "AND rc.school_id = @school_id AND rc.pupil_id = p.id AND rt.case_id = rc.id AND rt.role " + inRoles + openRt;
        }

        foreach (var (taughtClass, subjects) in taught)
        {
            sql += " UNION SELECT rt.id FROM pupils p CROSS JOIN wf_cases rc CROSS JOIN wf_tasks rt " +
                "WHERE p.school_id = @school_id AND p.class_id = " + taughtClass + " " +
                "AND rc.school_id = @school_id AND rc.pupil_id = p.id AND (rc.subject_id IS NULL OR rc.subject_id IN (" + string.Join(", ", subjects) + ")) " +
                "AND rt.case_id = rc.id AND rt.role " + inRoles + openRt;
        }

        // A held pupil of a class read above (led, or taught) has there every task this person may act on: the held
        // pupils are those of other classes, so that a teacher does not read their classes' tasks twice, or a subject
        // teacher other subjects' tasks of their classes.
        var seen = classes.Concat(taught.Select(t => t.Class)).ToList();
        var others = seen.Count == 0 ? held :
            held + " EXCEPT SELECT sp.id FROM pupils sp WHERE sp.school_id = @school_id AND sp.class_id IN (" + string.Join(", ", seen) + ")";
        return sql + " UNION SELECT rt.id FROM wf_cases rc JOIN wf_tasks rt ON rt.case_id = rc.id " +
            "WHERE rc.school_id = @school_id AND rt.role " + inRoles + openRt + " AND rc.pupil_id IN (" + others + ")";
    }

    /// <summary>Values bound one parameter each: @prefix0, @prefix1, ...</summary>
    private static List<(string Name, string Value)> Named(string prefix, IReadOnlyList<string> values) =>
        [.. values.Select((value, i) => (prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture), value))];

    /// <summary>" IN (@prefix0, @prefix1, ...)" over one or more values, each bound into <paramref name="args"/>.</summary>
    private static string In<T>(string prefix, IReadOnlyList<T> values, List<(string, object?)> args)
    {
        var names = values.Select((value, i) => (Name: prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Value: (object?)value)).ToList();
        args.AddRange(names);
        return " IN (" + string.Join(", ", names.Select(n => n.Name)) + ")";
    }

    private static TaskRecord ReadTask(StatementRow row) => new()
    {
        Id = row.GetInt64(0),
        SchoolId = row.GetInt64(1),
        CaseId = row.GetInt64(2),
        Token = row.GetInt32(3),
        Step = row.GetString(4),
        Role = row.GetString(5),
        Assignee = row.GetStringOrNull(6),
        ClaimedBy = row.GetStringOrNull(7),
        Status = row.GetString(8),
        CreatedAt = row.GetString(9),
        Due = row.GetStringOrNull(10),
        Outcome = row.GetStringOrNull(11),
        Fields = row.GetStringOrNull(12),
        CompletedBy = row.GetStringOrNull(13),
        CompletedAt = row.GetStringOrNull(14),
    };
}
