using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Access;

/// <summary>
/// The cases that have (or had) a task for one person, and their pupils: the psychologist and the social pedagogue see
/// these, and so does anyone for a case of their own task outside their classes.
/// </summary>
internal sealed class Held
{
    private Held(HashSet<long> cases, HashSet<string> pupils)
    {
        Cases = cases;
        Pupils = pupils;
    }

    public HashSet<long> Cases { get; }

    public HashSet<string> Pupils { get; }

    /// <summary>The cases and pupils of the tasks assigned to or claimed by <paramref name="person"/> among <paramref name="tasks"/>.</summary>
    public static Held Of(Person person, IReadOnlyList<WorkflowTask> tasks)
    {
        var mine = tasks.Where(t => t.Assignee == person.Id || t.ClaimedBy == person.Id).ToList();
        return new Held(
            [.. mine.Select(t => t.CaseId)],
            new HashSet<string>(mine.Select(t => t.PupilId).OfType<string>(), StringComparer.Ordinal));
    }
}
