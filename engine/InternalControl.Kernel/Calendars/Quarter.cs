namespace InternalControl.Kernel.Calendars;

/// <summary>A quarter (term) of the school year: its number (1-4) and its first and last day.</summary>
public sealed record Quarter(int Number, DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
