package org.tgov.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Every {@link FinancialYear} attribute is an integer column holding the year it starts in (2022 for 2022/23). */
@Converter(autoApply = true)
public class FinancialYearConverter implements AttributeConverter<FinancialYear, Integer> {

    @Override
    public Integer convertToDatabaseColumn(FinancialYear year) {
        return year == null ? null : year.startYear();
    }

    @Override
    public FinancialYear convertToEntityAttribute(Integer startYear) {
        return startYear == null ? null : new FinancialYear(startYear);
    }
}
