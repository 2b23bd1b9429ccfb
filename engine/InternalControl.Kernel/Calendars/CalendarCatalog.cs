using System.Globalization;
using System.Reflection;
using System.Text.Json;
using InternalControl.Kernel.Time;

namespace InternalControl.Kernel.Calendars;

/// <summary>
/// The built-in calendars (seeds/calendars/*.json, embedded in the engine) and the reader of
/// a calendar file, so that a district can bring its own year when the ministry changes the dates.
/// </summary>
public static class CalendarCatalog
{
    private static readonly Lazy<IReadOnlyList<SchoolCalendar>> BuiltIn = new(LoadBuiltIn);

    /// <summary>All built-in calendars.</summary>
    public static IReadOnlyList<SchoolCalendar> All => BuiltIn.Value;

    /// <summary>The built-in calendar of a country's year, or null when there is none.</summary>
    public static SchoolCalendar? Find(string country, string year) =>
        All.FirstOrDefault(c => c.Country == country && c.Year == year);

    /// <summary>
    /// The built-in calendar of a year, or for a year with none a plain one: 1 September to 31 May,
    /// weekdays only, four quarters of equal length, no holidays (the `ic init` warning says so).
    /// </summary>
    public static SchoolCalendar FindOrPlain(string country, string year)
    {
        var found = Find(country, year);
        if (found is not null)
        {
            return found;
        }

        var first = int.Parse(year[..4], CultureInfo.InvariantCulture);
        var start = new DateOnly(first, 9, 1);
        var end = new DateOnly(first + 1, 5, 31);
        var length = (end.DayNumber - start.DayNumber + 1) / 4;
        var quarters = Enumerable.Range(0, 4)
            .Select(i => new Quarter(i + 1, start.AddDays(i * length), i == 3 ? end : start.AddDays(((i + 1) * length) - 1)))
            .ToList();
        return new SchoolCalendar(country, year, true, start, end, quarters, [], new Dictionary<DateOnly, string>(), [DayOfWeek.Saturday, DayOfWeek.Sunday]);
    }

    /// <summary>The built-in calendar whose year holds <paramref name="date"/>, or null.</summary>
    public static SchoolCalendar? ForDate(string country, DateOnly date) =>
        All.Where(c => c.Country == country).FirstOrDefault(c => date >= c.Start && date <= c.End)
        ?? All.Where(c => c.Country == country && c.Start > date).OrderBy(c => c.Start).FirstOrDefault();

    /// <summary>The school year ("2026-2027") that a date falls in: years turn on 1 August.</summary>
    public static string YearOf(DateOnly date)
    {
        var first = date.Month >= 8 ? date.Year : date.Year - 1;
        return $"{first}-{first + 1}";
    }

    /// <summary>Reads a calendar file. Throws <see cref="FormatException"/> naming the field that is wrong.</summary>
    public static SchoolCalendar Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var quarters = root.GetProperty("quarters").EnumerateArray()
            .Select(q => new Quarter(q.GetProperty("number").GetInt32(), Date(q, "start"), Date(q, "end")))
            .OrderBy(q => q.Start)
            .ToList();
        var vacations = new List<DateRange>();
        foreach (var name in new[] { "vacations", "extraVacations" })
        {
            if (!root.TryGetProperty(name, out var list))
            {
                continue;
            }

            foreach (var v in list.EnumerateArray())
            {
                var grades = v.TryGetProperty("grades", out var g) ? g.EnumerateArray().Select(x => x.GetInt32()).ToList() : [];
                vacations.Add(new DateRange(v.GetProperty("name").GetString() ?? "", Date(v, "start"), Date(v, "end"), grades));
            }
        }

        var holidays = new Dictionary<DateOnly, string>();
        foreach (var h in root.GetProperty("holidays").EnumerateArray())
        {
            holidays[Date(h, "date")] = h.GetProperty("name").GetString() ?? "";
        }

        var weekend = root.TryGetProperty("weekend", out var w)
            ? w.EnumerateArray().Select(x => Enum.Parse<DayOfWeek>(x.GetString() ?? "", ignoreCase: true)).ToList()
            : [DayOfWeek.Saturday, DayOfWeek.Sunday];
        var start = Date(root, "start");
        var end = Date(root, "end");
        if (end < start || quarters.Count == 0 || quarters[0].Start < start || quarters[^1].End > end)
        {
            throw new FormatException("quarters");
        }

        return new SchoolCalendar(
            root.GetProperty("country").GetString() ?? "",
            root.GetProperty("year").GetString() ?? "",
            root.TryGetProperty("status", out var s) && s.GetString() == "provisional",
            start,
            end,
            quarters,
            vacations,
            holidays,
            weekend);
    }

    private static DateOnly Date(JsonElement e, string name)
    {
        var text = e.GetProperty(name).GetString();
        return IsoDate.TryParse(text, out var d)
            ? d
            : throw new FormatException(name);
    }

    private static IReadOnlyList<SchoolCalendar> LoadBuiltIn()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<SchoolCalendar>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("calendars/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(Parse(reader.ReadToEnd()));
        }

        return list.OrderBy(c => c.Country).ThenBy(c => c.Start).ToList();
    }
}
