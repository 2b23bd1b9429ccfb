using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>The first day of the window of the last N school days up to now (the school's calendar), as compiled conditions call it.</summary>
internal static class SchoolDayWindow
{
    /// <summary>How far back a window may reach: a school year and a half, whatever N says.</summary>
    private const int MaxCalendarDays = 550;

    [ThreadStatic]
    private static (object? Calendar, int Now, double Days, int First) _last;

    /// <summary>
    /// The day number of the Nth school day counting back from now (now is the first when it is a school day); so a
    /// fact dated on or after it and not after now is in the window. N below 1 gives an empty window.
    /// </summary>
    public static int FirstDay(EvalContext context, double days)
    {
        var calendar = context.Calendar;
        var last = _last;
        if (ReferenceEquals(last.Calendar, calendar) && last.Now == context.NowDay && last.Days.Equals(days))
        {
            return last.First;
        }

        var first = Compute(context, days);
        _last = (calendar, context.NowDay, days, first);
        return first;
    }

    private static int Compute(EvalContext context, double days)
    {
        if (double.IsNaN(days) || days < 1)
        {
            return context.NowDay + 1;
        }

        var left = (int)Math.Min(days, MaxCalendarDays);
        var date = context.Now;
        for (var step = 0; step < MaxCalendarDays; step++, date = date.AddDays(-1))
        {
            if (context.Calendar.IsSchoolDay(date) && --left == 0)
            {
                return date.DayNumber;
            }
        }

        return date.DayNumber;
    }
}
