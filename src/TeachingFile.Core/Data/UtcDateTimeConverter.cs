using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TeachingFile.Core.Data;

/// <summary>Stores a <see cref="DateTimeOffset"/> as its UTC <see cref="DateTime"/>; reads it back with offset zero.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
