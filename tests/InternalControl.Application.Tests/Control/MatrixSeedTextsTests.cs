using InternalControl.Application.Control;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Control;

/// <summary>
/// The matrix rows read as seed 000 writes them in Kazakh (issue 14, finding 3). Each expected text quotes the
/// decision row of its sheet ("БӨЛІМ БОЙЫНША БАСҚАРУ ШЕШІМІ / ҚАЙДА ҚАРАЛАДЫ / ҚОРЫТЫНДЫ").
/// </summary>
public sealed class MatrixSeedTextsTests
{
    private static readonly Localizer Kazakh = new(Language.Kk);

    [Fact]
    public void Matrix_VI3GroupC_WritesAReferenceNoteAndHearsItAtTheDirectorsMeeting()
    {
        // Arrange: "А және В тобының жетістіктері мен кемшіліктерін анықтамасын жазу/ директор жанындағы кеңес/"
        var decision = ShippedMatrix.Kazakh.Decide("VI.3", EvaluationGroup.C)!;

        // Act
        var text = decision.Describe(Kazakh);

        // Assert
        Assert.Equal("А және В тобының жетістіктері мен кемшіліктерін анықтамасын жазу / Анықтама / Директор жанындағы кеңес / Бақылаудан алынады, А және В топтары үшін ресурсқа айналады", text);
    }

    [Fact]
    public void Matrix_VI5GroupA_AcquaintsWithTheRulesOnFreeHotMeals()
    {
        // Arrange: "... 1-4 сынып оқушыларының тегін ыстық тамақпен қамтылуы бойынша ережелермен тансытыру / анықтама/
        // сынып жетекшілер отырысы" (the seed's "тансытыру" is a typing error for "таныстыру")
        var decision = ShippedMatrix.Kazakh.Decide("VI.5", EvaluationGroup.A)!;

        // Act
        var action = Kazakh.Get(Assert.Single(decision.Actions));

        // Assert
        Assert.Equal(
            "Әлеуметтік қорғалмаған отбасы топтарына жататын білім алушылардың санатын анықтау және құжаттарын жинақтау, 1-4 сынып оқушыларының тегін ыстық тамақпен қамтылуы бойынша ережелермен таныстыру",
            action);
    }

    [Fact]
    public void Matrix_IV3GroupA_KeepsDevelopingTheResearchCulture()
    {
        // Arrange: "Ғылыми-әдістемелік жұмысты бақылауға алу, сабаққа, семинарларға қатысу/зерттеу мәдениетін дамыту/қосымша бақылау/ ҒӘК хаттамасы"
        var decision = ShippedMatrix.Kazakh.Decide("IV.3", EvaluationGroup.A)!;

        // Act
        var action = Kazakh.Get(Assert.Single(decision.Actions));

        // Assert
        Assert.Equal("Ғылыми-әдістемелік жұмысты бақылауға алу, сабаққа, семинарларға қатысу, зерттеу мәдениетін дамыту, қосымша бақылау", action);
        Assert.Equal("Output.Minutes", decision.Output);
    }

    [Fact]
    public void Matrix_VI7GroupC_OutputIsAReferenceNoteAndMinutes()
    {
        // Arrange: "Қолайсыз отбасылармен және қауіп тобындағы оқушылармен жеке жұмыстың бақылануы, анықтама /хаттама /
        // директор жанындағы кеңес"
        var decision = ShippedMatrix.Kazakh.Decide("VI.7", EvaluationGroup.C)!;

        // Act
        var output = Kazakh.Get(decision.Output!);

        // Assert
        Assert.Equal("Анықтама, хаттама", output);
        Assert.Equal("Venue.DirectorsMeeting", decision.Venue);
    }
}
