using System.Diagnostics.CodeAnalysis;
using InternalControl.Kernel.Schools;

namespace InternalControl.Workflows.Definitions;

/// <summary>The snake_case codes of <see cref="WorkflowRole"/> used in definitions, the database and the command line.</summary>
public static class WorkflowRoles
{
    private static readonly Dictionary<WorkflowRole, string> Codes = new()
    {
        [WorkflowRole.ClassTeacher] = "class_teacher",
        [WorkflowRole.SubjectTeacher] = "subject_teacher",
        [WorkflowRole.DeputyDirector] = "deputy_director",
        [WorkflowRole.Director] = "director",
        [WorkflowRole.Psychologist] = "psychologist",
        [WorkflowRole.SocialPedagogue] = "social_pedagogue",
        [WorkflowRole.Parents] = "parents",
        [WorkflowRole.MethodologicalCouncilHead] = "methodological_council_head",
    };

    /// <summary>The role's code, e.g. class_teacher.</summary>
    public static string Code(this WorkflowRole role) => Codes[role];

    /// <summary>The resource key of the role's name for people to read.</summary>
    public static string TextKey(this WorkflowRole role) => "Workflows.Role." + role;

    /// <summary>The workflow role whose tasks a holder of <paramref name="role"/> takes; null for a staff role no workflow addresses.</summary>
    public static WorkflowRole? Of(StaffRole role) => role switch
    {
        StaffRole.ClassTeacher => WorkflowRole.ClassTeacher,
        StaffRole.SubjectTeacher => WorkflowRole.SubjectTeacher,
        StaffRole.DeputyDirector => WorkflowRole.DeputyDirector,
        StaffRole.Director => WorkflowRole.Director,
        StaffRole.Psychologist => WorkflowRole.Psychologist,
        StaffRole.SocialPedagogue => WorkflowRole.SocialPedagogue,
        StaffRole.MethodologicalCouncilHead => WorkflowRole.MethodologicalCouncilHead,
        _ => null,
    };

    /// <summary>Reads a role code (case-insensitive).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out WorkflowRole? role)
    {
        var wanted = text?.Trim().ToLowerInvariant();
        foreach (var (key, code) in Codes)
        {
            if (code == wanted)
            {
                role = key;
                return true;
            }
        }

        role = null;
        return false;
    }
}
