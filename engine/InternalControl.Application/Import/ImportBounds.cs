namespace InternalControl.Application.Import;

/// <summary>
/// The dates an import accepts: a pupil born from <see cref="EarliestBirth"/> to <see cref="Today"/> (no pupil of a
/// school today was born before 1990, none in the future), and marks given inside the school's current year.
/// </summary>
internal sealed record ImportBounds(DateOnly Today, DateOnly YearStart, DateOnly YearEnd)
{
    /// <summary>The earliest birth date of a pupil: a pupil of 36 has long left school.</summary>
    public static readonly DateOnly EarliestBirth = new(1990, 1, 1);
}
