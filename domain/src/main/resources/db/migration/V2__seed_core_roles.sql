-- The two roles hiring teams most often confuse, so the library is useful from the first start.
INSERT INTO library_role (version, slug, name, family, summary, status) VALUES
(0, 'data-engineer', 'Data Engineer', 'Data/AI',
 'Builds and runs the data infrastructure: pipelines that bring sources together into a central store, '
 || 'kept reliable, secure and able to grow, so analysts and data scientists can trust what they query.',
 'PUBLISHED'),
(0, 'machine-learning-engineer', 'Machine Learning Engineer', 'Data/AI',
 'Turns data into predictions that run in production: develops and trains models, ships them into '
 || 'real products, watches how they perform and improves them as new data and feedback arrive.',
 'PUBLISHED');
