using System.Text.RegularExpressions;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>Finds a staff member whose inbox has what a test needs, and reads the tasks an inbox page lists.</summary>
internal static partial class InboxReader
{
    /// <summary>The first staff member (teachers before the school's heads) whose unfiltered inbox meets <paramref name="wanted"/>, signed in, with that inbox.</summary>
    public static async Task<(HttpClient Browser, List<WorkflowTask> Mine)> First(WebSchool school, Func<List<WorkflowTask>, bool> wanted)
    {
        var open = school.OpenTasks().ToDictionary(t => t.Id);
        var people = school.Data.Staff.OrderBy(s => s.Has(StaffRole.DeputyDirector) || s.Has(StaffRole.Director) ? 1 : 0)
            .Where(s => open.Values.Any(t => t.Assignee == s.Id));
        foreach (var person in people)
        {
            var browser = await school.Staff(person.Id);
            var mine = TaskIds((await browser.Get("/")).Html).Select(id => open[id]).ToList();
            if (wanted(mine))
            {
                return (browser, mine);
            }
        }

        throw new InvalidOperationException("No staff member's inbox has what the test needs.");
    }

    /// <summary>The tasks a page links to.</summary>
    public static List<long> TaskIds(string html) =>
        [.. TaskLink().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct()];

    [GeneratedRegex("href=\"/tasks/([0-9]+)\"")]
    private static partial Regex TaskLink();
}
