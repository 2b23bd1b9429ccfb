using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Runtime;

/// <summary>The date a <c>wait until VARIABLE</c> step waits for, read from the case's variables.</summary>
internal static class WaitDate
{
    /// <summary>
    /// The date in the step's variable: an ISO date (yyyy-mm-dd) as it is, a month (yyyy-mm) as its first day. Null
    /// when the step waits for no variable, or the case holds no date in it (then the step's school days apply).
    /// </summary>
    public static DateOnly? Of(WaitStep wait, IReadOnlyDictionary<string, string> variables)
    {
        if (wait.UntilVariable is not { } name || !variables.TryGetValue(name, out var text))
        {
            return null;
        }

        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        return IsoMonth.TryParse(text, out var month) ? month : null;
    }
}
