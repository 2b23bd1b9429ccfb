using System.Diagnostics.CodeAnalysis;

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
